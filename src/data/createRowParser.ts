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
  const columns = Object.keys(schema.shape);
  const fieldSchemas = columns.map((column) => schema.shape[column] as z.ZodType);
  // The last field of a repeated header name wins, as in an object built from the header.
  const positions = columns.map((column) => header.lastIndexOf(column));
  const caches = columns.map(() => new Map<string, FieldResult>());
  const lookups = columns.map(() => 0);
  const hits = columns.map(() => 0);
  const parseField = (i: number, text: string | undefined): FieldResult => {
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
  return (fields) => {
    const data: Record<string, unknown> = {};
    let issues: z.core.$ZodIssue[] | undefined;
    for (let i = 0; i < columns.length; i++) {
      const result = parseField(i, positions[i] === -1 ? undefined : fields[positions[i]]);
      if (result.success) {
        if (result.data !== undefined) data[columns[i]] = result.data;
      } else {
        issues ??= [];
        for (const issue of result.issues) issues.push({ ...issue, path: [columns[i], ...issue.path] });
      }
    }
    return issues ? { success: false, error: { issues } } : { success: true, data: data as z.output<S> };
  };
}
