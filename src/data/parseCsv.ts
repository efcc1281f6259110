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
      newlinesConsumed += countNewlines(body.slice(consumed, result.meta.cursor));
      consumed = result.meta.cursor;
      // The cursor sits after the row and its line end, so count back from the row's last line over the
      // newlines inside its quoted fields. Blank (or whitespace- or comma-only) lines Papa skipped are
      // counted wherever they are. A quote left open swallows the rest of the file, its last line end too.
      const unterminated = result.errors.some((error) => error.code === 'MissingQuotes');
      const terminated = body.charCodeAt(consumed - 1) === 10 && !unterminated ? 1 : 0;
      const inside = result.data.reduce((sum, field) => sum + countNewlines(field), 0);
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

/**
 * Parses one CSV text with the given row schema (PapaParse, then the schema's rules field by field): the
 * valid rows, each with the line it starts on, and an issue for every problem.
 */
export function parseCsv<S extends RowSchema>(text: string, schema: S, file: string, options: CsvOptions = {}): ParseResult<z.output<S>> {
  const { records, issues } = readCsvRecords(text, file, options);
  const rows: Located<z.output<S>>[] = [];
  if (records.length === 0) {
    issues.push({ file, message: 'the file is empty (no header row)', severity: 'error', code: 'emptyFile' });
    return { rows, issues };
  }
  const header = records[0].fields.map((name) => name.trim());
  const required = Object.keys(schema.shape).filter((name) => !OPTIONAL_COLUMNS.has(name));
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    issues.push({ file, line: 1, message: `missing column(s): ${missing.join(', ')}`, severity: 'error', code: 'missingColumns', params: { columns: missing.join(', ') } });
    return { rows, issues };
  }
  // The last field of a repeated header name wins, as in an object built from the header.
  const columns = Object.entries(schema.shape).map(([name, rule]) => ({ name, at: header.lastIndexOf(name), rule: rule as z.ZodType }));
  for (const { fields, line } of records.slice(1)) {
    if (fields.length !== header.length) {
      issues.push({
        file,
        line,
        message: `has ${fields.length} fields, the header has ${header.length}`,
        severity: 'error',
        code: 'fieldCount',
        params: { fields: fields.length, expected: header.length },
      });
      continue;
    }
    const row: Record<string, unknown> = {};
    let valid = true;
    for (const { name, at, rule } of columns) {
      const got = at === -1 ? undefined : fields[at];
      const parsed = rule.safeParse(got);
      if (!parsed.success) {
        valid = false;
        for (const problem of parsed.error.issues) issues.push(fieldIssue(file, line, name, got, problem));
      } else if (parsed.data !== undefined) row[name] = parsed.data;
    }
    if (!valid) continue;
    row.line = line;
    rows.push(row as Located<z.output<S>>);
  }
  return { rows, issues };
}

/** The issue of a field that breaks its column's rule, in the rule's words, with the field as written (`got`). */
function fieldIssue(file: string, line: number, column: string, got: string | undefined, problem: z.core.$ZodIssue): DataIssue {
  const message = got === undefined || problem.message.includes('(got') ? problem.message : `${problem.message} (got '${got}')`;
  const code: IssueCode = problem.code === 'invalid_value' ? 'notOneOf' : (CODE_BY_MESSAGE.get(problem.message) ?? 'invalid');
  const extra: IssueParams = problem.code === 'invalid_value' ? { values: problem.values.map(String).join(', ') } : code === 'invalid' ? { detail: problem.message } : {};
  return { file, line, column, message: `${column} ${message}`, severity: 'error', code, params: { column, got: got ?? '', ...extra } };
}

const countNewlines = (text: string) => text.match(/\n/g)?.length ?? 0;
