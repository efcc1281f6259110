/**
 * CSV text in, typed rows and issues out. Every row is validated against its schema; a bad row becomes
 * an issue with its line number and the good rows are kept.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import type { DataIssue, IssueCode, IssueParams } from './issue';
import { OPTIONAL_COLUMNS, SCHEMA_MESSAGES } from './schema';

/** A parsed row with the 1-based line of the file where it starts. */
export type Located<T> = T & { line: number };

export interface ParseResult<T> {
  rows: Located<T>[];
  issues: DataIssue[];
}

/** One record of a CSV file as written: its fields and the 1-based line where it starts. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

export interface CsvOptions {
  /** The field separator; guessed by PapaParse when absent. */
  delimiter?: string;
  /** Called now and then with the share of the text read so far (0 to 1), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

type RowSchema = z.ZodObject<z.ZodRawShape>;

const CODE_BY_MESSAGE = new Map<string, IssueCode>(Object.entries(SCHEMA_MESSAGES).map(([code, message]) => [message, code as IssueCode]));
const PROGRESS_EVERY = 2000;

/**
 * Reads the records of a CSV text with PapaParse (any delimiter, line end or malformed quote), with their
 * line numbers, reporting syntax problems as issues.
 */
export function readCsvRecords(text: string, file: string, options: CsvOptions = {}): { records: CsvRecord[]; issues: DataIssue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const issues: DataIssue[] = [];
  const records: CsvRecord[] = [];
  let newlinesConsumed = 0;
  let consumed = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    delimiter: options.delimiter ?? '',
    step: (result) => {
      newlinesConsumed += countNewlines(body, consumed, result.meta.cursor);
      consumed = result.meta.cursor;
      // The cursor sits after the row and its line end, so count back from the row's last line over the
      // newlines inside its quoted fields. Blank (or whitespace- or comma-only) lines Papa skipped are
      // counted wherever they are. A quote left open swallows the rest of the file, its last line end too.
      const unterminated = result.errors.some((error) => error.code === 'MissingQuotes');
      const terminated = body.charCodeAt(consumed - 1) === 10 && !unterminated ? 1 : 0;
      const inside = result.data.reduce((sum, field) => sum + countNewlines(field, 0, field.length), 0);
      records.push({ fields: result.data, line: 1 + newlinesConsumed - terminated - inside });
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue;
        issues.push({ file, line: records.at(-1)!.line, message: `CSV syntax: ${error.message}`, severity: 'error', code: 'csvSyntax', params: { detail: error.code } });
      }
      if (options.onProgress && records.length % PROGRESS_EVERY === 0) options.onProgress(consumed / body.length);
    },
  });
  options.onProgress?.(1);
  return { records, issues };
}

/** Where a values reading sends what it reads: each valid row as its values in the schema's column order. */
export interface ValuesSink {
  /** `values` is reused for the next row: read it now, do not keep it. */
  values(values: readonly unknown[], line: number): void;
  issue(issue: DataIssue): void;
}

/**
 * Reads one CSV text with the given row schema (PapaParse, then the schema's rules field by field): each
 * valid row goes to the sink as its values, in an array reused from row to row, so a 680,000-row file
 * never exists as 680,000 row objects at once.
 */
export function readValues<S extends RowSchema>(text: string, schema: S, file: string, sink: ValuesSink, options: CsvOptions = {}): void {
  const { records, issues } = readCsvRecords(text, file, options);
  for (const issue of issues) sink.issue(issue);
  if (records.length === 0) {
    sink.issue({ file, message: 'the file is empty (no header row)', severity: 'error', code: 'emptyFile' });
    return;
  }
  const header = records[0].fields.map((name) => name.trim());
  const required = Object.keys(schema.shape).filter((name) => !OPTIONAL_COLUMNS.has(name));
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    sink.issue({ file, line: 1, message: `missing column(s): ${missing.join(', ')}`, severity: 'error', code: 'missingColumns', params: { columns: missing.join(', ') } });
    return;
  }
  // The last field of a repeated header name wins, as in an object built from the header.
  const columns = Object.entries(schema.shape).map(([name, rule]) => ({ name, at: header.lastIndexOf(name), rule: rule as z.ZodType }));
  const values: unknown[] = [];
  for (const { fields, line } of records.slice(1)) {
    if (fields.length !== header.length) {
      sink.issue({
        file,
        line,
        message: `has ${fields.length} fields, the header has ${header.length}`,
        severity: 'error',
        code: 'fieldCount',
        params: { fields: fields.length, expected: header.length },
      });
      continue;
    }
    let valid = true;
    columns.forEach(({ name, at, rule }, i) => {
      const got = at === -1 ? undefined : fields[at];
      const parsed = rule.safeParse(got);
      values[i] = parsed.data;
      if (parsed.success) return;
      valid = false;
      for (const problem of parsed.error.issues) sink.issue(fieldIssue(file, line, name, got, problem));
    });
    if (valid) sink.values(values, line);
  }
}

/** The issue of a field that breaks its column's rule, in the rule's words, with the field as written (`got`). */
function fieldIssue(file: string, line: number, column: string, got: string | undefined, problem: z.core.$ZodIssue): DataIssue {
  const message = got === undefined || problem.message.includes('(got') ? problem.message : `${problem.message} (got '${got}')`;
  const code: IssueCode = problem.code === 'invalid_value' ? 'notOneOf' : (CODE_BY_MESSAGE.get(problem.message) ?? 'invalid');
  const extra: IssueParams = problem.code === 'invalid_value' ? { values: problem.values.map(String).join(', ') } : code === 'invalid' ? { detail: problem.message } : {};
  return { file, line, column, message: `${column} ${message}`, severity: 'error', code, params: { column, got: got ?? '', ...extra } };
}

/** Parses one CSV file's text with the given row schema. */
export function parseCsv<S extends RowSchema>(text: string, schema: S, file: string, options: CsvOptions = {}): ParseResult<z.output<S>> {
  const rows: Located<z.output<S>>[] = [];
  const issues: DataIssue[] = [];
  const columns = Object.keys(schema.shape);
  const toRow = (values: readonly unknown[], line: number) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) if (values[i] !== undefined) row[columns[i]] = values[i];
    row.line = line;
    rows.push(row as Located<z.output<S>>);
  };
  readValues(text, schema, file, { values: toRow, issue: (issue) => issues.push(issue) }, options);
  return { rows, issues };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
