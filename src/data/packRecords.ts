/**
 * Flat records (reports, population rows) as columns of distinct values and indexes, for postMessage: a
 * national dataset's 17,000 reports repeat their provinces, cities and districts, and copying each string
 * once instead of every time spares the page a long task.
 */

/**
 * Records column by column. A field whose values repeat (a province, a year) keeps each distinct value once
 * and, per record, the index of its value; a field whose values are each record's own (an id, a title)
 * keeps them as they are, with no indexes: looking every id up among the others would only cost time.
 */
export interface PackedRecords {
  count: number;
  fields: string[];
  /** Per field: its distinct values, or every record's value when `indexes` has none for it. */
  values: unknown[][];
  /** Per field: each record's index into `values`, or an empty array for a field kept as it is. */
  indexes: Int32Array[];
}

/** How many records are looked at to tell a field of the records' own values from one whose values repeat. */
const SAMPLE = 64;

/** Whether the first records (up to SAMPLE) all have different values in `field`. */
function ownValues(records: readonly Record<string, unknown>[], field: string): boolean {
  const sample = new Set<unknown>();
  const count = Math.min(SAMPLE, records.length);
  for (let i = 0; i < count; i++) sample.add(records[i][field]);
  return records.length > 1 && sample.size === count;
}

/** Packs records whose fields hold strings, numbers, booleans or nothing. */
export function packRecords<T extends object>(records: readonly T[]): PackedRecords {
  const rows = records as readonly Record<string, unknown>[];
  const names = new Set<string>();
  for (const row of rows) for (const field in row) names.add(field);
  const fields = [...names];
  const values: unknown[][] = [];
  const indexes = fields.map((field, f) => {
    if (ownValues(rows, field)) {
      values[f] = rows.map((row) => row[field]);
      return new Int32Array(0);
    }
    const seen = new Map<unknown, number>();
    const distinct: unknown[] = (values[f] = []);
    const index = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const value = rows[i][field];
      if (!seen.has(value)) seen.set(value, distinct.push(value) - 1);
      index[i] = seen.get(value)!;
    }
    return index;
  });
  return { count: records.length, fields, values, indexes };
}

/** A field's value for record `i` (undefined where the record did not have it, or for a field not packed). */
export function recordField(packed: PackedRecords, field: string): (i: number) => unknown {
  const f = packed.fields.indexOf(field);
  if (f === -1) return () => undefined;
  const [values, index] = [packed.values[f], packed.indexes[f]];
  return index.length === 0 ? (i) => values[i] : (i) => values[index[i]];
}

/** The records again (those from `from` up to `to`); a field a record did not have stays absent. */
export function unpackRecords<T>(packed: PackedRecords, from = 0, to = packed.count): T[] {
  const fields = packed.fields;
  const reads = fields.map((field) => recordField(packed, field));
  // A record with every field is a copy of the first such record with its own values: one object shape
  // for all, made several times faster than adding their fields one by one.
  let whole: Record<string, unknown> | undefined;
  return Array.from({ length: Math.max(0, Math.min(to, packed.count) - from) }, (_, j) => {
    if (whole) {
      const record = { ...whole };
      let f = 0;
      for (let value; f < fields.length && (value = reads[f](from + j)) !== undefined; f++) record[fields[f]] = value;
      if (f === fields.length) return record as T;
    }
    const record: Record<string, unknown> = {};
    let present = 0;
    for (let f = 0; f < fields.length; f++) {
      const value = reads[f](from + j);
      if (value === undefined) continue;
      record[fields[f]] = value;
      present++;
    }
    if (present === fields.length) whole ??= record;
    return record as T;
  });
}

/** The buffers to transfer with postMessage. */
export function recordBuffers(packed: PackedRecords): ArrayBuffer[] {
  return packed.indexes.map((index) => index.buffer as ArrayBuffer);
}

/** Packed records as a file pair: JSON of the distinct values, and every index in one Int32 array (binary). */
export interface PackedRecordsFiles {
  head: { count: number; fields: string[]; values: unknown[][]; indexed: boolean[] };
  indexes: Int32Array;
}

/** Packed records as a file pair (`recordsFromFiles` reads them back): their indexes need no parsing. */
export function recordsToFiles(packed: PackedRecords): PackedRecordsFiles {
  const indexed = packed.indexes.map((index) => index.length > 0);
  const indexes = new Int32Array(packed.count * indexed.filter(Boolean).length);
  let at = 0;
  for (const index of packed.indexes) {
    if (index.length === 0) continue;
    indexes.set(index, at);
    at += index.length;
  }
  return { head: { count: packed.count, fields: packed.fields, values: packed.values, indexed }, indexes };
}

/** The packed records of a file pair; throws when the two do not belong together. */
export function recordsFromFiles(head: PackedRecordsFiles['head'], bytes: ArrayBuffer): PackedRecords {
  const all = new Int32Array(bytes);
  if (all.length !== head.count * head.indexed.filter(Boolean).length) throw new Error(`${all.length} indexes for ${head.count} records; publish the data again`);
  let at = 0;
  const indexes = head.indexed.map((indexed) => (indexed ? all.subarray(at, (at += head.count)) : new Int32Array(0)));
  return { count: head.count, fields: head.fields, values: head.values, indexes };
}
