/**
 * Observations written straight into columns (see observationTable.ts) as rows are checked: no object per
 * row is kept, so 680,000 rows cost the collector almost nothing and the columns are ready to transfer.
 * Quotes are kept as their UTF-16 code units, as a string holds them: a quote read from observations.csv
 * is decoded into code units to read its numbers (numerals.ts), copied from there, and made a string only
 * when a screen shows it.
 */
import type { ObservationColumns } from './observationTable';
import type { QuoteLocation } from './paragraphs';
import { unitsOfText } from './utf8';

/** One checked observation, its report and indicator given by index. */
export interface ColumnRow {
  report: number;
  indicator: number;
  value: number;
  /** Index into QUALIFIERS. */
  qualifier: number;
  decimals: number;
  line: number;
  location: QuoteLocation | undefined;
  quote: string;
  note: string;
  noteZh: string;
  /** The analyst's file, for a row of theirs. */
  userFile: string | undefined;
}

type Growable = Int32Array | Float64Array | Uint8Array | Uint16Array;

/** Room for the quote of a row, to begin with: a national quote is 11 code units on average. */
const QUOTE_UNITS_PER_ROW = 20;

/** The columns that are typed arrays, grown as rows are written. */
const ARRAYS = ['report', 'indicator', 'value', 'qualifier', 'decimals', 'line', 'paragraph', 'start', 'end', 'quoteEnd'] as const;

function grow<T extends Growable>(array: T, size: number): T {
  const grown = new (array.constructor as new (length: number) => T)(size);
  grown.set(array);
  return grown;
}

/** Growable columns; `finish` hands them over, trimmed to the rows written. */
export class ColumnBuilder {
  private c: Omit<ObservationColumns, 'quotes' | 'noteRows' | 'userRows'>;
  private capacity: number;
  /** The quotes so far, one after the other, as code units: quoteLength of them are written. */
  private quotes: Uint16Array;
  private quoteLength = 0;
  /** A quote given as text, as code units (see `push`). */
  private units = new Uint16Array(256);
  private noteRows: number[] = [];
  private userRows: number[] = [];

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.quotes = new Uint16Array(capacity * QUOTE_UNITS_PER_ROW);
    this.c = {
      count: 0,
      report: new Int32Array(capacity),
      indicator: new Int32Array(capacity),
      value: new Float64Array(capacity),
      qualifier: new Uint8Array(capacity),
      decimals: new Uint8Array(capacity),
      line: new Int32Array(capacity),
      paragraph: new Int32Array(capacity),
      start: new Int32Array(capacity),
      end: new Int32Array(capacity),
      quoteEnd: new Int32Array(capacity),
      notes: [],
      notesZh: [],
      userFiles: [],
    };
  }

  get count(): number {
    return this.c.count;
  }

  push(row: ColumnRow): void {
    this.units = unitsOfText(row.quote, this.units);
    this.pushRow(row.report, row.indicator, row.value, row.qualifier, row.decimals, row.line, row.location, this.units, 0, row.quote.length, row.note, row.noteZh, row.userFile);
  }

  /**
   * The same row given field by field (in the order of ColumnRow, the quote as its code units,
   * quoteUnits[quoteFrom..quoteTo)): the checks of observations.csv write 680,000 rows, and an object for
   * each would only be thrown away.
   */
  pushRow(
    report: number,
    indicator: number,
    value: number,
    qualifier: number,
    decimals: number,
    line: number,
    location: QuoteLocation | undefined,
    quoteUnits: Uint16Array,
    quoteFrom: number,
    quoteTo: number,
    note: string,
    noteZh: string,
    userFile: string | undefined,
  ): void {
    const c = this.c;
    if (c.count === this.capacity) this.resize(this.capacity * 2);
    const at = c.count++;
    c.report[at] = report;
    c.indicator[at] = indicator;
    c.value[at] = value;
    c.qualifier[at] = qualifier;
    c.decimals[at] = decimals;
    c.line[at] = line;
    c.paragraph[at] = location ? location.paragraphIndex : -1;
    c.start[at] = location ? location.start : 0;
    c.end[at] = location ? location.end : 0;
    let length = this.quoteLength;
    if (length + quoteTo - quoteFrom > this.quotes.length) this.growQuotes(Math.max(this.quotes.length * 2, length + quoteTo - quoteFrom));
    // One by one: a quote is some 11 code units, for which a subarray and `set` cost more.
    const quotes = this.quotes;
    for (let i = quoteFrom; i < quoteTo; i++) quotes[length++] = quoteUnits[i];
    this.quoteLength = length;
    c.quoteEnd[at] = length;
    if (note || noteZh) {
      this.noteRows.push(at);
      c.notes.push(note);
      c.notesZh.push(noteZh);
    }
    if (userFile !== undefined) {
      this.userRows.push(at);
      c.userFiles.push(userFile);
    }
  }

  /** Appends another builder's columns (a part of the file read elsewhere), lines moved by `lineOffset`, but the rows in `skip`. */
  append(other: ObservationColumns, lineOffset: number, skip: ReadonlySet<number>): void {
    if (skip.size === 0) {
      this.appendAll(other, lineOffset);
      return;
    }
    let note = 0;
    let user = 0;
    for (let row = 0; row < other.count; row++) {
      while (note < other.noteRows.length && other.noteRows[note] < row) note++;
      while (user < other.userRows.length && other.userRows[user] < row) user++;
      if (skip.has(row)) continue;
      const hasNote = other.noteRows[note] === row;
      const paragraph = other.paragraph[row];
      this.pushRow(
        other.report[row],
        other.indicator[row],
        other.value[row],
        other.qualifier[row],
        other.decimals[row],
        other.line[row] + lineOffset,
        paragraph >= 0 ? { paragraphIndex: paragraph, start: other.start[row], end: other.end[row] } : undefined,
        other.quotes,
        row === 0 ? 0 : other.quoteEnd[row - 1],
        other.quoteEnd[row],
        hasNote ? other.notes[note] : '',
        hasNote ? other.notesZh[note] : '',
        other.userRows[user] === row ? other.userFiles[user] : undefined,
      );
    }
  }

  /** Appends every row of `other` in one go: copies of its arrays, its quotes as one piece. */
  private appendAll(other: ObservationColumns, lineOffset: number): void {
    const c = this.c;
    const start = c.count;
    const count = other.count;
    // Made just long enough: a part is appended once, when it is read, and nothing follows it but `finish`.
    if (start + count > this.capacity) this.resize(start + count);
    const quoteUnits = count === 0 ? 0 : other.quoteEnd[count - 1];
    if (this.quoteLength + quoteUnits > this.quotes.length) this.growQuotes(this.quoteLength + quoteUnits);
    for (const name of ['report', 'indicator', 'value', 'qualifier', 'decimals', 'paragraph', 'start', 'end'] as const) c[name].set(other[name].subarray(0, count), start);
    for (let row = 0; row < count; row++) {
      c.line[start + row] = other.line[row] + lineOffset;
      c.quoteEnd[start + row] = other.quoteEnd[row] + this.quoteLength;
    }
    this.quotes.set(other.quotes.subarray(0, quoteUnits), this.quoteLength);
    this.quoteLength += quoteUnits;
    other.noteRows.forEach((row, i) => {
      this.noteRows.push(start + row);
      c.notes.push(other.notes[i]);
      c.notesZh.push(other.notesZh[i]);
    });
    other.userRows.forEach((row, i) => {
      this.userRows.push(start + row);
      c.userFiles.push(other.userFiles[i]);
    });
    c.count += count;
  }

  /** Forgets every row from `count` on (a file read again from its start). */
  truncate(count: number): void {
    const c = this.c;
    c.count = count;
    this.quoteLength = count === 0 ? 0 : c.quoteEnd[count - 1];
    while (this.noteRows.length > 0 && this.noteRows.at(-1)! >= count) {
      this.noteRows.pop();
      c.notes.pop();
      c.notesZh.pop();
    }
    while (this.userRows.length > 0 && this.userRows.at(-1)! >= count) {
      this.userRows.pop();
      c.userFiles.pop();
    }
  }

  /**
   * The columns, as long as the rows written; the builder is not to be used afterwards. They are views of
   * the builder's arrays, not copies: 680,000 rows are 27 MB, and whoever hands them on either copies them
   * anyway (packDataset) or transfers their buffers whole.
   */
  finish(): ObservationColumns {
    const c = this.c;
    for (const name of ARRAYS) {
      (c as Record<typeof name, Growable>)[name] = c[name].subarray(0, c.count);
    }
    return { ...this.c, quotes: this.quotes.subarray(0, this.quoteLength), noteRows: Int32Array.from(this.noteRows), userRows: Int32Array.from(this.userRows) };
  }

  /** Makes room for `size` code units of quotes. */
  private growQuotes(size: number): void {
    this.quotes = grow(this.quotes, size);
  }

  /** Makes every column `size` rows long (more than now: columns only grow; `finish` trims them). */
  private resize(size: number): void {
    const c = this.c;
    for (const name of ARRAYS) (c as Record<typeof name, Growable>)[name] = grow(c[name], size);
    this.capacity = size;
  }
}

/** The buffers of the columns, to transfer rather than copy to another thread. */
export function columnBuffers(c: ObservationColumns): ArrayBuffer[] {
  return [c.report, c.indicator, c.value, c.qualifier, c.decimals, c.line, c.paragraph, c.start, c.end, c.quotes, c.quoteEnd, c.noteRows, c.userRows].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
