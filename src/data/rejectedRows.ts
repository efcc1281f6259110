/**
 * The rows of an analyst's file that were not loaded, as written: what the "download rejected rows" CSV is
 * made of, so nothing a person typed is lost. The issues that rejected a row are found again by its line
 * (`issuesOfRow`), so a file of a hundred thousand bad rows does not carry them twice from the worker.
 */
import type { DataIssue } from './issue';
import { readCsvRecords } from './parseCsv';
import type { UserFile } from './readUserFile';

export interface RejectedRow {
  /** 1-based line where the row starts in the file. */
  line: number;
  /** The fields as written, however many there are. */
  fields: string[];
}

export interface RejectedFile {
  name: string;
  /** The file's header as written. */
  header: string[];
  rows: RejectedRow[];
}

/** The errors an analyst's file was given, and whether one of them rejects the whole file. */
function errorsOf(name: string, issues: readonly DataIssue[]): { own: DataIssue[]; wholeFile: boolean } {
  const own = issues.filter((issue) => issue.origin === 'user' && issue.file === name && issue.severity === 'error');
  return { own, wholeFile: own.some((issue) => issue.line === undefined || issue.line === 1) };
}

/**
 * Collects the rejected rows of a CSV file from the errors reported for it. An error on the header or on
 * the whole file (a missing column, say) rejects every row. Returns undefined when no row was rejected.
 */
export function collectRejected(file: UserFile, issues: readonly DataIssue[]): RejectedFile | undefined {
  if (file.kind === 'source') return undefined;
  const { own, wholeFile } = errorsOf(file.name, issues);
  if (own.length === 0) return undefined;
  const { records } = readCsvRecords(file.text, file.name, { delimiter: file.delimiter });
  const lines = new Set(own.map((issue) => issue.line));
  const rows = records.slice(1).filter((record) => wholeFile || lines.has(record.line));
  return rows.length === 0 ? undefined : { name: file.name, header: records[0].fields, rows };
}

/** For each rejected row of a file, the errors that rejected it (the file's own errors first), by line. */
export function issuesOfRows(rejected: RejectedFile, issues: readonly DataIssue[]): DataIssue[][] {
  const { own } = errorsOf(rejected.name, issues);
  const fileLevel = own.filter((issue) => issue.line === undefined || issue.line === 1);
  const byLine = new Map<number, DataIssue[]>();
  for (const issue of own) {
    if (issue.line === undefined || issue.line === 1) continue;
    byLine.set(issue.line, [...(byLine.get(issue.line) ?? []), issue]);
  }
  return rejected.rows.map((row) => [...fileLevel, ...(byLine.get(row.line) ?? [])]);
}
