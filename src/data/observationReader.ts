/**
 * Reads observation files row by row against what the small files gave, checks each row and writes the
 * rows that pass straight into columns (see columnBuilder.ts): no object per row is kept.
 *
 * What a row is checked against is small and can be posted to another thread (`ObservationFrame`): the
 * second reader of a national observations.csv (observationPartWorker.ts) gets it from the first instead
 * of parsing reports.csv (17,000 reports) again, so it starts reading its half sooner.
 */
import type { DataIssue, IssueCode, IssueParams } from './issue';
import { createValuesStream, type ByteFields, type CsvOptions, type RowStream } from './parseCsv';
import { createSuggester } from './nearestId';
import type { RowOrigin } from './userTexts';
import { DATA_FILES, quickCheckOf, unitsCheckOf, UNDECIDED, type Qualifier } from './schema';
import { decodeAscii, decodeUtf8, decodeUtf8Into, MAX_CHARS, textOfUnits, unitsOfText } from './utf8';
import { QUALIFIERS } from './vocabulary';
import { ColumnBuilder } from './columnBuilder';
import { joinPartIssues, type Claims, type ObservationPart } from './observationParts';
import type { ObservationColumns } from './observationTable';
import { findValueInUnits, hedgeAroundUnits } from './numerals';
import { countOccurrences, locateQuote, type Paragraph } from './paragraphs';

/**
 * What checking an observation row needs of the other files: the report and indicator ids, in the order
 * the rows' report and indicator numbers follow, and the paragraphs of every report whose source is
 * loaded (its quotes are located in them). Structured-cloneable.
 */
export interface ObservationFrame {
  reportIds: readonly string[];
  indicatorIds: readonly string[];
  paragraphs: ReadonlyMap<string, Paragraph[]>;
}

/** Observation files read one after the other; `finish` gives their kept rows and issues. */
export interface ObservationReader {
  /** Starts reading an observations file; the curated file first, then the analyst's. */
  observations(file: string, origin?: 'user', options?: CsvOptions & { totalLength?: number }): RowStream;
  /**
   * Starts reading a part of a curated observations file (its header line, then a run of its lines) on
   * its own, for another reader to join: `takePart` then gives it. The reader is not to be used afterwards.
   */
  startPart(file: string): RowStream;
  takePart(): ObservationPart;
  /** Joins a part read elsewhere, after what this reader has read; its lines move by `lineOffset`. */
  addPart(part: ObservationPart, file: string, lineOffset: number): void;
  /** The kept rows, the problems of the files as CSV (syntax, schema) and those of the checks, each in file order. */
  finish(): { columns: ObservationColumns; parseIssues: DataIssue[]; checkIssues: DataIssue[] };
}

const QUALIFIER_WORDS = { exact: 'no hedge', approx: '约/左右', at_least: '余/多/以上', at_most: '近/不足' } as const;
const QUALIFIER_INDEX = new Map(QUALIFIERS.map((qualifier, i) => [qualifier, i]));
/** Where each column of observations.csv sits among a row's values (the schema's column order). */
const COLUMN = Object.fromEntries(Object.keys(DATA_FILES.observations.schema.shape).map((name, i) => [name, i])) as Record<keyof typeof DATA_FILES.observations.schema.shape, number>;

/** Where a row came from, made only for a row with a problem: nearly every row has none. */
export const rowOrigin = (file: string, line: number, origin: 'user' | undefined): RowOrigin => (origin ? { file, line, origin } : { file, line });

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

const SHAPE = DATA_FILES.observations.schema.shape;
const COLUMNS = Object.keys(SHAPE);
const encoder = new TextEncoder();

/**
 * The quote of the row being checked, one object for every row: its UTF-16 code units, in which its
 * numbers are read (numerals.ts) and which the columns keep, and its text only when it is asked for (an
 * issue quotes it, a loaded report's paragraphs are searched for it). A row read as bytes brings the
 * bytes, decoded straight into code units: 680,000 quotes are read without a string made of any.
 */
class RowQuote {
  /** The code units, units[0..length), and a 0 after them (see numerals.ts). */
  units = new Uint16Array(MAX_CHARS + 1);
  length = 0;
  private known: string | undefined;

  /** The quote in bytes[from..to); false where decodeUtf8Into cannot read them (the text reading then does). */
  readBytes(bytes: Uint8Array, from: number, to: number): boolean {
    const length = decodeUtf8Into(bytes, from, to, this.units);
    if (length === -1) return false;
    this.length = length;
    this.known = undefined;
    return true;
  }

  /** The quote `text`. */
  readText(text: string): this {
    this.units = unitsOfText(text, this.units);
    this.length = text.length;
    this.known = text;
    return this;
  }

  /** The quote as text. */
  get text(): string {
    return (this.known ??= textOfUnits(this.units, 0, this.length));
  }
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * A plain decimal number (/^-?[0-9]+(\.[0-9]+)?$/, the schema's rule for values) read from ASCII bytes,
 * equal to what Number() makes of its text: with at most 15 digits, the digits as an integer and the
 * power of ten are both exact, and one division rounds correctly. Undefined for anything else (more
 * digits, another character), which is then read as text.
 */
export function plainNumberAt(bytes: Uint8Array, from: number, to: number): number | undefined {
  let at = from;
  const negative = bytes[at] === 45;
  if (negative) at++;
  let mantissa = 0;
  let whole = 0;
  let decimals = -1;
  for (; at < to; at++) {
    const code = bytes[at];
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      if (decimals === -1) whole++;
      else decimals++;
    } else if (code === 46 && decimals === -1) decimals = 0;
    else return undefined;
  }
  if (whole === 0 || decimals === 0 || whole + Math.max(decimals, 0) > 15) return undefined;
  const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
  return negative ? -value : value;
}

/** Whether bytes[from..to) are exactly `expected`. */
function sameBytes(bytes: Uint8Array, from: number, to: number, expected: Uint8Array): boolean {
  if (to - from !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[from + i] !== expected[i]) return false;
  return true;
}

/** The one of `texts` (given with their bytes) that bytes[from..to) spell, from `guess` on; -1 if none. */
function findBytes(bytes: Uint8Array, from: number, to: number, encoded: readonly Uint8Array[], guess: number): number {
  for (let k = 0; k < encoded.length; k++) {
    const at = (guess + k) % encoded.length;
    if (sameBytes(bytes, from, to, encoded[at])) return at;
  }
  return -1;
}

/**
 * Reads observation records from their bytes (parseCsv's ByteFields) into the very values the schema gives
 * decoded text, for a file whose header is the schema's columns in order: the report id is compared byte
 * for byte with the row before's (rows of a report follow one another), the indicator id and qualifier
 * with the known ones, and every field decoded goes through the schema's own quick check.
 * Anything else (an unknown id, a field with spaces around it, a four-byte character) is left to the
 * text reading, which reports it in its words.
 */
function observationByteFields(frame: ObservationFrame, quote: RowQuote): (header: readonly string[]) => ByteFields | undefined {
  const indicators = frame.indicatorIds.map((id) => encoder.encode(id));
  const qualifiers = QUALIFIERS.map((qualifier) => encoder.encode(qualifier));
  const checkReportId = quickCheckOf(SHAPE.report_id)!;
  const checkValue = quickCheckOf(SHAPE.value)!;
  const checkQuote = unitsCheckOf(SHAPE.quote);
  const checkNote = quickCheckOf(SHAPE.note)!;
  const checkNoteZh = quickCheckOf(SHAPE.note_zh)!;
  /** An optional text field: '' when empty, else its text if its quick check takes it. */
  const note = (bytes: Uint8Array, from: number, to: number, check: (text: string) => unknown): unknown => {
    if (from === to) return check('');
    const text = decodeUtf8(bytes, from, to);
    return text === undefined ? UNDECIDED : check(text);
  };
  return (header) => {
    if (!checkQuote || header.length !== COLUMNS.length || header.some((name, i) => name !== COLUMNS[i])) return undefined;
    // The report of the row before (rows of a report follow one another), and the indicator it gave.
    let reportBytes = new Uint8Array(0);
    let reportId = '';
    let indicator = 0;
    return (bytes, from, ends, count, values) => {
      if (count !== COLUMNS.length) return false;
      if (!sameBytes(bytes, from, ends[0], reportBytes)) {
        const text = decodeAscii(bytes, from, ends[0]);
        if (text === undefined || checkReportId(text) === UNDECIDED) return false;
        reportBytes = bytes.slice(from, ends[0]);
        reportId = text;
      }
      // Indicators mostly come in the file's order: the one after the row before's is tried first.
      const found = findBytes(bytes, ends[0] + 1, ends[1], indicators, indicator + 1);
      if (found === -1) return false;
      indicator = found;
      let value: unknown = plainNumberAt(bytes, ends[1] + 1, ends[2]);
      if (value === undefined) {
        const valueText = decodeAscii(bytes, ends[1] + 1, ends[2]);
        value = valueText === undefined ? UNDECIDED : checkValue(valueText);
      }
      const qualifier = findBytes(bytes, ends[2] + 1, ends[3], qualifiers, 0);
      // The quote is read into `quote`, not made a string (see RowQuote).
      const quoteRead = quote.readBytes(bytes, ends[3] + 1, ends[4]) && checkQuote(quote.units, quote.length);
      const noteValue = note(bytes, ends[4] + 1, ends[5], checkNote);
      const noteZh = note(bytes, ends[5] + 1, ends[6], checkNoteZh);
      if (value === UNDECIDED || qualifier === -1 || !quoteRead || noteValue === UNDECIDED || noteZh === UNDECIDED) return false;
      values[COLUMN.report_id] = reportId;
      values[COLUMN.indicator_id] = frame.indicatorIds[found];
      values[COLUMN.value] = value;
      values[COLUMN.qualifier] = QUALIFIERS[qualifier];
      values[COLUMN.quote] = quote;
      values[COLUMN.note] = noteValue;
      values[COLUMN.note_zh] = noteZh;
      return true;
    };
  };
}

/** Starts reading observations against `frame`; `suggest` names the nearest known id in an issue (shared with the caller's own checks). */
export function createObservationReader(frame: ObservationFrame, suggest = createSuggester()): ObservationReader {
  const columns = new ColumnBuilder(1 << 14);
  const rowQuote = new RowQuote();
  const parseIssues: DataIssue[] = [];
  const checkIssues: DataIssue[] = [];
  // Which report × indicator pairs have had a row: numbers, not a set of 680,000 key strings.
  const reportNumber = new Map(frame.reportIds.map((id, i) => [id, i]));
  const indicatorNumber = new Map(frame.indicatorIds.map((id, i) => [id, i]));
  const indicators = indicatorNumber.size;
  const seen = new Uint8Array(reportNumber.size * indicators);

  // Kept only while reading a part of a file (see observationParts.ts).
  let claims: Claims | undefined;
  const duplicateIssue = (row: RowOrigin, reportId: string, indicatorId: string): DataIssue =>
    rowError(row, 'indicator_id', `duplicate row for report '${reportId}' and indicator '${indicatorId}'`, 'duplicateObservation', {
      report: reportId,
      indicator: indicatorId,
    });
  let last: { id: string | undefined; report: number | undefined; paragraphs: Paragraph[] | undefined } = { id: undefined, report: undefined, paragraphs: undefined };

  /** Reports a problem with an observation row; a function of its own, so that checking a row makes none. */
  const reject = (file: string, line: number, origin: 'user' | undefined, column: string, message: string, code: IssueCode, params: IssueParams) =>
    checkIssues.push(rowError(rowOrigin(file, line, origin), column, message, code, params));
  /**
   * Checks one observation row (its values in the schema's column order) against the other files and its
   * quote; keeps it as a column row if it passes.
   */
  const check = (values: readonly unknown[], line: number, file: string, origin: 'user' | undefined) => {
    const reportId = values[COLUMN.report_id] as string;
    const indicatorId = values[COLUMN.indicator_id] as string;
    const value = values[COLUMN.value] as number;
    const qualifier = values[COLUMN.qualifier] as Qualifier;
    const field = values[COLUMN.quote] as RowQuote | string;
    const quote = field instanceof RowQuote ? field : rowQuote.readText(field);
    // A report's rows follow one another: its number and paragraphs are looked up once for them all.
    if (reportId !== last.id) last = { id: reportId, report: reportNumber.get(reportId), paragraphs: frame.paragraphs.get(reportId) };
    const report = last.report;
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
      checkIssues.push(duplicateIssue(rowOrigin(file, line, origin), reportId, indicatorId));
      return;
    }
    seen[cell] = 1;
    if (claims) {
      claims.cells.push(cell);
      claims.issuesBefore.push(checkIssues.length);
      claims.keptRows.push(-1);
    }
    const paragraphs = last.paragraphs;
    const location = paragraphs && locateQuote(paragraphs, quote.text);
    if (paragraphs && !location) {
      const count = paragraphs.reduce((sum, p) => sum + countOccurrences(p.text, quote.text), 0);
      if (count === 0) reject(file, line, origin, 'quote', `quote not found in report ${reportId}`, 'quoteNotFound', { report: reportId, quote: quote.text });
      else reject(file, line, origin, 'quote', `quote occurs ${count} times in report ${reportId}; it must identify one place`, 'quoteAmbiguous', { report: reportId, count });
      return;
    }
    const written = findValueInUnits(quote.units, quote.length, value);
    if (!written) {
      reject(file, line, origin, 'value', `value ${value} does not appear in the quote '${quote.text}'`, 'valueNotInQuote', { value: value, quote: quote.text });
      return;
    }
    const hedge = hedgeAroundUnits(quote.units, quote.length, written);
    if (hedge !== qualifier) {
      reject(file, line, origin, 'qualifier', `qualifier '${qualifier}' contradicts the quote, which reads as '${hedge}' (${QUALIFIER_WORDS[hedge]})`, 'qualifierContradicts', {
        qualifier: qualifier,
        hedge,
      });
      return;
    }
    if (claims) claims.keptRows[claims.keptRows.length - 1] = columns.count;
    const note = values[COLUMN.note] as string;
    const noteZh = values[COLUMN.note_zh] as string;
    columns.pushRow(report, indicator, value, QUALIFIER_INDEX.get(qualifier)!, written.decimals, line, location, quote.units, 0, quote.length, note, noteZh, origin ? file : undefined);
  };

  const byteFields = observationByteFields(frame, rowQuote);
  return {
    observations(file, origin, options = {}) {
      // Where to go back to if the file has to be read again from its start (see RowSink.restart).
      const start = { rows: columns.count, parse: parseIssues.length, checks: checkIssues.length, seen: seen.slice() };
      return createValuesStream(
        DATA_FILES.observations.schema,
        file,
        {
          values: (values, line) => check(values, line, file, origin),
          issue: (issue) => parseIssues.push(origin ? { ...issue, origin } : issue),
          restart: () => {
            columns.truncate(start.rows);
            parseIssues.length = start.parse;
            checkIssues.length = start.checks;
            seen.set(start.seen);
          },
        },
        { ...options, byteFields },
      );
    },
    startPart(file) {
      claims = { cells: [], issuesBefore: [], keptRows: [] };
      return this.observations(file);
    },
    takePart() {
      return { columns: columns.finish(), parseIssues, checkIssues, claims: claims ?? { cells: [], issuesBefore: [], keptRows: [] } };
    },
    addPart(part, file, lineOffset) {
      const claimedBefore = (cell: number) => {
        const claimed = seen[cell] === 1;
        seen[cell] = 1;
        return claimed;
      };
      const duplicate = (cell: number, line: number) => duplicateIssue({ file, line }, frame.reportIds[Math.floor(cell / indicators)], frame.indicatorIds[cell % indicators]);
      const joined = joinPartIssues(part, lineOffset, claimedBefore, duplicate);
      for (const issue of joined.parseIssues) parseIssues.push(issue);
      for (const issue of joined.checkIssues) checkIssues.push(issue);
      columns.append(part.columns, lineOffset, joined.droppedRows);
    },
    finish() {
      return { columns: columns.finish(), parseIssues, checkIssues };
    },
  };
}
