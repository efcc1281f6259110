/**
 * Checks CSV rows against a row schema column by column, with the schema's own field rules, and checks
 * each distinct field value once: ids, qualifiers and years repeat across hundreds of thousands of rows,
 * and parsing the same text again can only give the same answer. The result has the shape of the schema's
 * `safeParse` (issues carry the column as their path), so callers cannot tell the difference.
 * Columns whose values are nearly all distinct are checked directly: remembering them would cost more.
 */
import type { z } from 'zod';

type RowSchema = z.ZodObject<z.ZodRawShape>;
type FieldResult = { success: true; data: unknown } | { success: false; issues: z.core.$ZodIssue[] };
export type RowResult<S extends RowSchema> = { success: true; data: z.output<S> } | { success: false; error: { issues: z.core.$ZodIssue[] } };

// A column is remembered while most of its values repeat; quotes and values, nearly all distinct, are not.
const CACHE_LIMIT = 50_000;
const TRIAL = 2_000;

/**
 * Returns a function that parses one row, given as its fields in `header` order, as `schema.safeParse`
 * would parse the object of header names to fields.
 */
export function createRowParser<S extends RowSchema>(schema: S, header: readonly string[]): (fields: readonly string[]) => RowResult<S> {
  const { columns, parse } = createFieldParser(schema, header);
  const values: unknown[] = [];
  return (fields) => {
    const issues = parse(fields, values);
    if (issues) return { success: false, error: { issues } };
    const data: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) if (values[i] !== undefined) data[columns[i]] = values[i];
    return { success: true, data: data as z.output<S> };
  };
}

/**
 * The same parse, without an object per row: `parse` writes each column's value, in the schema's column
 * order, into `values` (an array the caller reuses) and returns the issues, or undefined when the row is
 * valid. For the 680,000 rows of a national observations.csv, which are checked and then dropped.
 */
export function createFieldParser<S extends RowSchema>(
  schema: S,
  header: readonly string[],
): { columns: string[]; parse: (fields: readonly string[], values: unknown[]) => z.core.$ZodIssue[] | undefined } {
  const columns = Object.keys(schema.shape);
  const fieldSchemas = columns.map((column) => schema.shape[column] as z.ZodType);
  // The last field of a repeated header name wins, as in an object built from the header.
  const positions = columns.map((column) => header.lastIndexOf(column));
  const caches = columns.map(() => new Map<string, FieldResult>());
  const lookups = columns.map(() => 0);
  const hits = columns.map(() => 0);
  // The field read last in each column: rows of one report repeat its id (and mostly its qualifier and
  // empty notes) row after row, and comparing with the last value is cheaper than hashing it.
  const lastTexts: (string | undefined)[] = columns.map(() => undefined);
  const lastResults: (FieldResult | undefined)[] = columns.map(() => undefined);
  const parseField = (i: number, text: string | undefined): FieldResult => {
    if (text !== undefined && text === lastTexts[i]) return lastResults[i]!;
    const result = parseFieldOnce(i, text);
    lastTexts[i] = text;
    lastResults[i] = result;
    return result;
  };
  const parseFieldOnce = (i: number, text: string | undefined): FieldResult => {
    const useCache = text !== undefined && (lookups[i] < TRIAL || hits[i] * 2 > lookups[i]);
    if (useCache) {
      lookups[i]++;
      const cached = caches[i].get(text);
      if (cached) {
        hits[i]++;
        return cached;
      }
    }
    const parsed = fieldSchemas[i].safeParse(text);
    const result: FieldResult = parsed.success ? { success: true, data: parsed.data } : { success: false, issues: parsed.error.issues };
    if (useCache && caches[i].size < CACHE_LIMIT) caches[i].set(text, result);
    return result;
  };
  const parse = (fields: readonly string[], values: unknown[]) => {
    let issues: z.core.$ZodIssue[] | undefined;
    for (let i = 0; i < columns.length; i++) {
      const text = positions[i] === -1 ? undefined : fields[positions[i]];
      const result = parseField(i, text);
      if (result.success) values[i] = result.data;
      else {
        values[i] = undefined;
        issues ??= [];
        for (const issue of result.issues) issues.push({ ...issue, path: [columns[i], ...issue.path] });
      }
    }
    return issues;
  };
  return { columns, parse };
}
