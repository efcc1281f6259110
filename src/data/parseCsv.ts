/**
 * CSV text in, typed rows and issues out. Every row is validated against its schema; a bad row becomes
 * an issue with its line number and the good rows are kept.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import type { DataIssue, IssueCode, IssueParams } from './issue';
import { OPTIONAL_COLUMNS, SCHEMA_MESSAGES } from './schema';
import { createFieldParser } from './createRowParser';
import { createCsvRecordStream } from './csvRecordStream';
import { readCsvFast } from './readCsvFast';

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

/** Reads the records of a CSV text with their line numbers, reporting syntax problems as issues. */
export function readCsvRecords(text: string, file: string, options: CsvOptions = {}): { records: CsvRecord[]; issues: DataIssue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Plain comma-separated text (the national dataset's 680,000 rows) is read without PapaParse's per-row step.
  const fast = readCsvFast(body, options.delimiter, options.onProgress);
  return fast ? { records: fast, issues: [] } : readCsvWithPapa(body, file, options);
}

/** Reads CSV text (without byte-order mark) with PapaParse: any delimiter, line end or malformed quote. */
export function readCsvWithPapa(body: string, file: string, options: CsvOptions = {}): { records: CsvRecord[]; issues: DataIssue[] } {
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

/** Where a row stream sends what it reads. */
export interface RowSink<T> {
  row(row: Located<T>): void;
  issue(issue: DataIssue): void;
  /**
   * The text turned out not to be plain comma-separated after some rows were sent: forget them, every
   * row and issue is sent again from the start, as PapaParse reads the whole text.
   */
  restart(): void;
}

/** Where a values stream sends what it reads: each valid row as its values in the schema's column order. */
export interface ValuesSink {
  /** `values` is reused for the next row: read it now, do not keep it. */
  values(values: readonly unknown[], line: number): void;
  issue(issue: DataIssue): void;
  restart(): void;
}

/** A CSV file read piece by piece, each row checked against the schema as soon as it is complete. */
export interface RowStream {
  feed(piece: string): void;
  /**
   * The same reading, fed UTF-8 bytes (a download's chunks as they come): lines the stream's byte fields
   * (ValuesStreamOptions) read go straight to the sink; the rest is decoded and read as text.
   */
  feedBytes(bytes: Uint8Array): void;
  end(): void;
  /**
   * The line of the next record when everything fed so far has been read as whole records (the stream
   * could stop here); undefined inside a record or once the text is not plain comma-separated.
   */
  boundary(): number | undefined;
  /** Whether the text (so far) was read as plain comma-separated text, not handed to PapaParse. */
  plain(): boolean;
}

/**
 * Reads one CSV file with the given row schema, in pieces (as it downloads) or whole. Rows go to the sink
 * one by one and are not kept, so a 680,000-row file never exists as 680,000 row objects at once.
 * `totalLength`, when known, lets `onProgress` say how much has been read.
 */
export function createRowStream<S extends RowSchema>(
  schema: S,
  file: string,
  sink: RowSink<z.output<S>>,
  options: CsvOptions & { totalLength?: number } = {},
): RowStream {
  const columns = Object.keys(schema.shape);
  const toRow = (values: readonly unknown[], line: number) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) if (values[i] !== undefined) row[columns[i]] = values[i];
    row.line = line;
    sink.row(row as Located<z.output<S>>);
  };
  return createValuesStream(schema, file, { values: toRow, issue: (issue) => sink.issue(issue), restart: () => sink.restart() }, options);
}

/**
 * Reads a record's fields from its bytes into `values` (in the schema's column order), exactly as the
 * schema would read them decoded, and returns true; or returns false, and the record is read as text.
 */
export type ByteFields = (bytes: Uint8Array, from: number, ends: Int32Array, count: number, values: unknown[]) => boolean;

export interface ValuesStreamOptions extends CsvOptions {
  totalLength?: number;
  /** Given the header, what reads records of bytes (see ByteFields); none for a header it cannot read. */
  byteFields?: (header: readonly string[]) => ByteFields | undefined;
}

/** The same reading, each valid row given as its values in the schema's column order, in an array reused from row to row. */
export function createValuesStream<S extends RowSchema>(schema: S, file: string, sink: ValuesSink, options: ValuesStreamOptions = {}): RowStream {
  // Everything fed, for PapaParse should the text turn out not to be plain comma-separated.
  const pieces: (string | Uint8Array)[] = [];
  let header: string[] | undefined;
  let parseFields: ReturnType<typeof createFieldParser<S>>['parse'] | undefined;
  let rejected = false;
  let count = 0;
  const values: unknown[] = [];
  const required = Object.keys(schema.shape).filter((name) => !OPTIONAL_COLUMNS.has(name));

  const onRecord = (fields: string[], line: number) => {
    if (rejected) return;
    if (!header) {
      header = fields.map((name) => name.trim());
      const missing = required.filter((name) => !header!.includes(name));
      if (missing.length > 0) {
        sink.issue({ file, line: 1, message: `missing column(s): ${missing.join(', ')}`, severity: 'error', code: 'missingColumns', params: { columns: missing.join(', ') } });
        rejected = true;
      } else {
        parseFields = createFieldParser(schema, header).parse;
        const byteFields = options.byteFields?.(header);
        if (byteFields) records.setByteRecord((bytes, from, ends, count, line) => {
          if (rejected || !byteFields(bytes, from, ends, count, values)) return false;
          sink.values(values, line);
          return true;
        });
      }
      return;
    }
    readRecord(fields, line, header, parseFields!, values, file, sink);
  };
  const records = createCsvRecordStream((fields, line, end) => {
    onRecord(fields, line);
    if (options.onProgress && options.totalLength && ++count % PROGRESS_EVERY === 0) options.onProgress(end / options.totalLength);
    // Each record is checked at once and only its values are passed on: one array serves every row.
  }, options.delimiter, { reuseFields: true });
  let fast = true;
  return {
    feed(piece) {
      if (pieces.length === 0 && piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
      pieces.push(piece);
      if (fast) fast = records.feed(piece);
    },
    feedBytes(bytes) {
      // The byte-order mark, at the start of the file only.
      if (pieces.length === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      pieces.push(bytes);
      if (fast) fast = records.feedBytes(bytes);
    },
    boundary() {
      return fast ? records.boundary() : undefined;
    },
    plain() {
      return fast;
    },
    end() {
      if (fast && records.end()) {
        if (!header) sink.issue({ file, message: 'the file is empty (no header row)', severity: 'error', code: 'emptyFile' });
        options.onProgress?.(1);
        return;
      }
      // Not plain comma-separated: PapaParse reads the whole text and says what is wrong with it.
      if (header) sink.restart();
      header = undefined;
      rejected = false;
      const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      const text = pieces.map((piece) => (typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true }))).join('') + decoder.decode();
      const { records: all, issues } = readCsvWithPapa(text, file, options);
      for (const issue of issues) sink.issue(issue);
      for (const record of all) onRecord(record.fields, record.line);
      if (!header) sink.issue({ file, message: 'the file is empty (no header row)', severity: 'error', code: 'emptyFile' });
    },
  };
}

/** Checks one record against the header and the row schema; sends its values or its issues. */
function readRecord<S extends RowSchema>(
  fields: string[],
  line: number,
  header: string[],
  parseFields: ReturnType<typeof createFieldParser<S>>['parse'],
  values: unknown[],
  file: string,
  sink: ValuesSink,
): void {
  if (fields.length !== header.length) {
    sink.issue({
      file,
      line,
      message: `has ${fields.length} fields, the header has ${header.length}`,
      severity: 'error',
      code: 'fieldCount',
      params: { fields: fields.length, expected: header.length },
    });
    return;
  }
  const problems = parseFields(fields, values);
  if (!problems) {
    sink.values(values, line);
    return;
  }
  const raw: Record<string, string | undefined> = Object.fromEntries(header.map((name, i) => [name, fields[i]]));
  for (const problem of problems) {
    const column = String(problem.path[0] ?? '');
    const got = column in raw ? ` (got '${raw[column]}')` : '';
    const message = problem.message.includes('(got') ? problem.message : `${problem.message}${got}`;
    const params = { column, got: raw[column] ?? '' };
    const code: IssueCode = problem.code === 'invalid_value' ? 'notOneOf' : (CODE_BY_MESSAGE.get(problem.message) ?? 'invalid');
    const extra: IssueParams = problem.code === 'invalid_value' ? { values: problem.values.map(String).join(', ') } : code === 'invalid' ? { detail: problem.message } : {};
    sink.issue({ file, line, column, message: `${column} ${message}`, severity: 'error', code, params: { ...params, ...extra } });
  }
}

/** Parses one CSV file's text with the given row schema. */
export function parseCsv<S extends RowSchema>(text: string, schema: S, file: string, options: CsvOptions = {}): ParseResult<z.output<S>> {
  const rows: Located<z.output<S>>[] = [];
  const issues: DataIssue[] = [];
  const stream = createRowStream(schema, file, { row: (row) => rows.push(row), issue: (issue) => issues.push(issue), restart: () => (rows.length = issues.length = 0) }, { ...options, totalLength: text.length });
  stream.feed(text);
  stream.end();
  return { rows, issues };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
