/**
 * Reads observation files against what the small files gave, checks each row and keeps the rows that
 * pass, as columns once all are read (see buildColumns.ts).
 */
import type { DataIssue, IssueCode, IssueParams } from './issue';
import { parseCsv, type CsvOptions, type Located } from './parseCsv';
import { createSuggester } from './nearestId';
import type { RowOrigin } from './userTexts';
import { DATA_FILES, type ObservationRow } from './schema';
import { QUALIFIERS } from './vocabulary';
import { buildColumns, type ColumnRow } from './buildColumns';
import type { ObservationColumns } from './observationTable';
import { findValueInQuote, hedgeAround } from './numerals';
import { countOccurrences, locateQuote, type Paragraph } from './paragraphs';

/**
 * What checking an observation row needs of the other files: the report and indicator ids, in the order
 * the rows' report and indicator numbers follow, and the paragraphs of every report whose source is
 * loaded (its quotes are located in them).
 */
export interface ObservationFrame {
  reportIds: readonly string[];
  indicatorIds: readonly string[];
  paragraphs: ReadonlyMap<string, Paragraph[]>;
}

/** Observation files read one after the other; `finish` gives their kept rows and issues. */
export interface ObservationReader {
  /** Reads an observations file; the curated file first, then the analyst's. */
  read(text: string, file: string, origin?: 'user', options?: CsvOptions): void;
  /** Takes a figure as given already (a published row the analyst's rows join): a second row for it is a duplicate. */
  claim(report: number, indicator: number): void;
  /** The kept rows, the problems of the files as CSV (syntax, schema) and those of the checks, each in file order. */
  finish(): { columns: ObservationColumns; parseIssues: DataIssue[]; checkIssues: DataIssue[] };
}

const QUALIFIER_WORDS = { exact: 'no hedge', approx: '约/左右', at_least: '余/多/以上', at_most: '近/不足' } as const;
const QUALIFIER_INDEX = new Map(QUALIFIERS.map((qualifier, i) => [qualifier, i]));

/** An error at a row's column. */
export const rowError = (row: RowOrigin, column: string, message: string, code: IssueCode, params: IssueParams): DataIssue => ({
  file: row.file,
  line: row.line,
  column,
  message,
  severity: 'error',
  code,
  params,
  ...(row.origin ? { origin: row.origin } : {}),
});

/** Starts reading observations against `frame`; `suggest` names the nearest known id in an issue (shared with the caller's own checks). */
export function createObservationReader(frame: ObservationFrame, suggest = createSuggester()): ObservationReader {
  const rows: ColumnRow[] = [];
  const parseIssues: DataIssue[] = [];
  const checkIssues: DataIssue[] = [];
  // Which report × indicator pairs have had a row: numbers, not a set of 680,000 key strings.
  const reportNumber = new Map(frame.reportIds.map((id, i) => [id, i]));
  const indicatorNumber = new Map(frame.indicatorIds.map((id, i) => [id, i]));
  const indicators = indicatorNumber.size;
  const seen = new Uint8Array(reportNumber.size * indicators);

  /** Reports a problem with an observation row; a function of its own, so that checking a row makes none. */
  const reject = (file: string, line: number, origin: 'user' | undefined, column: string, message: string, code: IssueCode, params: IssueParams) =>
    checkIssues.push(rowError(origin ? { file, line, origin } : { file, line }, column, message, code, params));
  /** Checks one observation row against the other files and its quote; keeps it as a column row if it passes. */
  const check = (row: Located<ObservationRow>, file: string, origin: 'user' | undefined) => {
    const { report_id: reportId, indicator_id: indicatorId, value, qualifier, quote, note, note_zh: noteZh, line } = row;
    const report = reportNumber.get(reportId);
    if (report === undefined) {
      reject(file, line, origin, 'report_id', `unknown report_id '${reportId}'`, 'unknownReport', suggest(reportId, reportNumber));
      return;
    }
    const indicator = indicatorNumber.get(indicatorId);
    if (indicator === undefined) {
      reject(file, line, origin, 'indicator_id', `unknown indicator_id '${indicatorId}'`, 'unknownIndicator', suggest(indicatorId, indicatorNumber));
      return;
    }
    const cell = report * indicators + indicator;
    // A second row for the same figure is a duplicate even when the first was rejected for another reason.
    if (seen[cell]) {
      reject(file, line, origin, 'indicator_id', `duplicate row for report '${reportId}' and indicator '${indicatorId}'`, 'duplicateObservation', { report: reportId, indicator: indicatorId });
      return;
    }
    seen[cell] = 1;
    const paragraphs = frame.paragraphs.get(reportId);
    const location = paragraphs && locateQuote(paragraphs, quote);
    if (paragraphs && !location) {
      const count = paragraphs.reduce((sum, p) => sum + countOccurrences(p.text, quote), 0);
      if (count === 0) reject(file, line, origin, 'quote', `quote not found in report ${reportId}`, 'quoteNotFound', { report: reportId, quote: quote });
      else reject(file, line, origin, 'quote', `quote occurs ${count} times in report ${reportId}; it must identify one place`, 'quoteAmbiguous', { report: reportId, count });
      return;
    }
    const written = findValueInQuote(quote, value);
    if (!written) {
      reject(file, line, origin, 'value', `value ${value} does not appear in the quote '${quote}'`, 'valueNotInQuote', { value: value, quote: quote });
      return;
    }
    const hedge = hedgeAround(quote, written);
    if (hedge !== qualifier) {
      reject(file, line, origin, 'qualifier', `qualifier '${qualifier}' contradicts the quote, which reads as '${hedge}' (${QUALIFIER_WORDS[hedge]})`, 'qualifierContradicts', {
        qualifier: qualifier,
        hedge,
      });
      return;
    }
    rows.push({ report, indicator, value, qualifier: QUALIFIER_INDEX.get(qualifier)!, decimals: written.decimals, line, location, quote, note, noteZh, userFile: origin ? file : undefined });
  };

  return {
    read(text, file, origin, options) {
      const parsed = parseCsv(text, DATA_FILES.observations.schema, file, options);
      for (const issue of parsed.issues) parseIssues.push(origin ? { ...issue, origin } : issue);
      for (const row of parsed.rows) check(row, file, origin);
    },
    claim(report, indicator) {
      seen[report * indicators + indicator] = 1;
    },
    finish() {
      return { columns: buildColumns(rows), parseIssues, checkIssues };
    },
  };
}
