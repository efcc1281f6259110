/**
 * CSV text in, typed rows and issues out. Every row is validated against its schema; a bad row becomes
 * an issue with its line number and the good rows are kept.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import type { DataIssue } from './issue';
import { OPTIONAL_COLUMNS } from './schema';

/** A parsed row with the 1-based line of the file where it starts. */
export type Located<T> = T & { line: number };

export interface ParseResult<T> {
  rows: Located<T>[];
  issues: DataIssue[];
}

type RowSchema = z.ZodObject<z.ZodRawShape>;

/** Parses one CSV file's text with the given row schema. */
export function parseCsv<S extends RowSchema>(text: string, schema: S, file: string): ParseResult<z.output<S>> {
  const issues: DataIssue[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { fields: string[]; line: number }[] = [];
  let newlinesConsumed = 0;
  let consumed = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      newlinesConsumed += countNewlines(body, consumed, result.meta.cursor);
      consumed = result.meta.cursor;
      // The cursor sits after the row and its line end, so count back from the row's last line over the
      // newlines inside its quoted fields. Blank (or whitespace- or comma-only) lines Papa skipped are
      // counted wherever they are.
      const terminated = body.charCodeAt(consumed - 1) === 10 ? 1 : 0;
      const inside = result.data.reduce((sum, field) => sum + countNewlines(field, 0, field.length), 0);
      records.push({ fields: result.data, line: 1 + newlinesConsumed - terminated - inside });
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue;
        issues.push({ file, line: records.at(-1)!.line, message: `CSV syntax: ${error.message}`, severity: 'error' });
      }
    },
  });
  if (records.length === 0) {
    issues.push({ file, message: 'the file is empty (no header row)', severity: 'error' });
    return { rows: [], issues };
  }
  const header = records[0].fields.map((name) => name.trim());
  const required = Object.keys(schema.shape).filter((name) => !OPTIONAL_COLUMNS.has(name));
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    issues.push({ file, line: 1, message: `missing column(s): ${missing.join(', ')}`, severity: 'error' });
    return { rows: [], issues };
  }
  const rows: Located<z.output<S>>[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length !== header.length) {
      issues.push({
        file,
        line: record.line,
        message: `has ${record.fields.length} fields, the header has ${header.length}`,
        severity: 'error',
      });
      continue;
    }
    const raw: Record<string, string | undefined> = Object.fromEntries(header.map((name, i) => [name, record.fields[i]]));
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      rows.push({ ...(parsed.data as z.output<S>), line: record.line });
    } else {
      for (const problem of parsed.error.issues) {
        const column = String(problem.path[0] ?? '');
        const got = column in raw ? ` (got '${raw[column]}')` : '';
        const message = problem.message.includes('(got') ? problem.message : `${problem.message}${got}`;
        issues.push({ file, line: record.line, column, message: `${column} ${message}`, severity: 'error' });
      }
    }
  }
  return { rows, issues };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
