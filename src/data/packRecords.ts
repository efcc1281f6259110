/**
 * Flat records (reports, population rows) as columns of distinct values and indexes, for postMessage: a
 * national dataset's 17,000 reports repeat their provinces, cities and districts, and copying each string
 * once instead of every time spares the page a long task.
 */

/** Records column by column: each field's distinct values, and per record the index of its value. */
export interface PackedRecords {
  count: number;
  fields: string[];
  values: unknown[][];
  indexes: Int32Array[];
}

/** Packs records whose fields hold strings, numbers, booleans or nothing. */
export function packRecords<T extends object>(records: readonly T[]): PackedRecords {
  const fields = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const values: unknown[][] = [];
  const indexes = fields.map((field, f) => {
    const seen = new Map<unknown, number>();
    values[f] = [];
    return Int32Array.from(records, (record) => {
      const value = (record as Record<string, unknown>)[field];
      let index = seen.get(value);
      if (index === undefined) {
        index = values[f].push(value) - 1;
        seen.set(value, index);
      }
      return index;
    });
  });
  return { count: records.length, fields, values, indexes };
}

/** The records again; a field a record did not have stays absent. */
export function unpackRecords<T>(packed: PackedRecords): T[] {
  return Array.from({ length: packed.count }, (_, i) => {
    const record: Record<string, unknown> = {};
    packed.fields.forEach((field, f) => {
      const value = packed.values[f][packed.indexes[f][i]];
      if (value !== undefined) record[field] = value;
    });
    return record as T;
  });
}

/** The buffers to transfer with postMessage. */
export function recordBuffers(packed: PackedRecords): ArrayBuffer[] {
  return packed.indexes.map((index) => index.buffer as ArrayBuffer);
}
