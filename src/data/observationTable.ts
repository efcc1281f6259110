/**
 * The observations of a dataset as columns (typed arrays, and the quotes as texts), so 680,000 of them
 * cost the page a few arrays, not 680,000 objects. The table reads like the `Map` by
 * key that `buildDataset` makes; an `Observation` object is made the first time it is asked for, then
 * kept, its quote made text then.
 */
import type { Indicator, Observation, Report } from './dataset';
import { observationKey } from './dataset';
import type { QuoteLocation } from './paragraphs';
import { QUALIFIERS, type Qualifier } from './vocabulary';
import type { ColumnArray } from './columnFile';

/**
 * The number columns of the observations, each with the typed array that holds any of its values: what a
 * build makes (buildColumns) and a join widens to (joinUserData). A published dataset's columns are held
 * at the width they were published at (columnFile.ts: the narrowest that keeps each number exactly).
 */
export const NUMBER_COLUMNS = {
  /** Index into the dataset's reports. */
  report: Int32Array,
  /** Index into the dataset's indicators. */
  indicator: Int32Array,
  value: Float64Array,
  /** Index into QUALIFIERS. */
  qualifier: Uint8Array,
  decimals: Uint8Array,
  /** The figure's line in its file. */
  line: Int32Array,
  /** Quote location; paragraph -1 where the quote was not found in its report's text. */
  paragraph: Int32Array,
  start: Int32Array,
  end: Int32Array,
} as const;
export type NumberColumn = keyof typeof NUMBER_COLUMNS;
export const NUMBER_COLUMN_NAMES = Object.keys(NUMBER_COLUMNS) as NumberColumn[];

/** Observations column by column; row i of every column is the i-th observation. */
export type ObservationColumns = { count: number } & Record<NumberColumn, ColumnArray> & {
  /** Every row's quote; empty until a published dataset's quotes have arrived (`ObservationTable.setQuotes`). */
  quotes: string[];
  /** The few rows with a note, or from an analyst's file (sparse: row numbers and their texts). */
  noteRows: Int32Array;
  notes: string[];
  notesZh: string[];
  userRows: Int32Array;
  userFiles: string[];
};

/** A read-only map from observation key to observation, over columns. */
export class ObservationTable implements ReadonlyMap<string, Observation> {
  private readonly cells: Int32Array;
  private readonly made: (Observation | undefined)[];
  private readonly reportIndex = new Map<string, number>();
  private readonly indicatorIndex = new Map<string, number>();
  private readonly notesByRow = new Map<number, number>();
  private readonly filesByRow = new Map<number, string>();

  constructor(
    private readonly reports: readonly Report[],
    private readonly indicators: readonly Indicator[],
    readonly columns: ObservationColumns,
  ) {
    reports.forEach((report, i) => this.reportIndex.set(report.id, i));
    indicators.forEach((indicator, i) => this.indicatorIndex.set(indicator.id, i));
    // cells[report × indicators + indicator] = row + 1; 0 where the report does not give the figure.
    const [cells, report, indicator, width] = [new Int32Array(reports.length * indicators.length), columns.report, columns.indicator, indicators.length];
    for (let row = 0; row < columns.count; row++) cells[report[row] * width + indicator[row]] = row + 1;
    this.cells = cells;
    this.made = new Array(columns.count);
    columns.noteRows.forEach((row, i) => this.notesByRow.set(row, i));
    columns.userRows.forEach((row, i) => this.filesByRow.set(row, columns.userFiles[i]));
  }

  get size(): number {
    return this.columns.count;
  }

  /** The row of an observation key, or -1. */
  rowOf(key: string): number {
    const slash = key.indexOf('/');
    return slash === -1 ? -1 : this.rowFor(key.slice(0, slash), key.slice(slash + 1));
  }

  /** The row of a report's figure for an indicator, or -1: no key string is built or taken apart. */
  rowFor(reportId: string, indicatorId: string): number {
    const report = this.reportIndex.get(reportId);
    const indicator = this.indicatorIndex.get(indicatorId);
    if (report === undefined || indicator === undefined) return -1;
    return this.cells[report * this.indicators.length + indicator] - 1;
  }

  /** The observation in row `row`, made once (its line and location set when they arrive: setLocations). */
  at(row: number): Observation {
    const made = this.made[row];
    if (made) return made;
    const c = this.columns;
    const report = this.reports[c.report[row]];
    const indicator = this.indicators[c.indicator[row]];
    const note = this.notesByRow.get(row);
    const file = this.filesByRow.get(row);
    const [key, reportId, indicatorId] = [observationKey(report.id, indicator.id), report.id, indicator.id];
    const [value, qualifier, quote, decimals] = [c.value[row], QUALIFIERS[c.qualifier[row]], quoteOf(c, row), c.decimals[row]];
    const [noteEn, noteZh] = note === undefined ? ['', ''] : [c.notes[note], c.notesZh[note]];
    const [line, location] = this.hasLocations() ? [c.line[row], locationOf(c, row)] : [0, undefined];
    // Made whole in one literal, so its fields stay in the object rather than in a store added later
    // (deleting a field instead would make the object a dictionary, ten times its size).
    const observation: Observation =
      location === undefined
        ? { key, reportId, indicatorId, value, qualifier, quote, note: noteEn, noteZh, decimals, line }
        : { key, reportId, indicatorId, value, qualifier, quote, note: noteEn, noteZh, decimals, line, location };
    if (file !== undefined) {
      observation.origin = 'user';
      observation.file = file;
    }
    this.made[row] = observation;
    return observation;
  }

  /**
   * Whether every row's line and quote location is here. A published dataset's arrive after its figures
   * (setLocations): until then a figure's `line` is 0 and it has no `location`, and what reads them waits.
   */
  hasLocations(): boolean {
    return this.columns.line.length === this.columns.count;
  }

  /** Sets every row's line and quote location, the observations made already included. */
  setLocations(locations: Pick<ObservationColumns, 'line' | 'paragraph' | 'start' | 'end'>): void {
    for (const column of ['line', 'paragraph', 'start', 'end'] as const) {
      if (locations[column].length !== this.columns.count) throw new Error(`observations/${column}.bin: ${locations[column].length} rows for ${this.columns.count} figures; publish the data again`);
    }
    Object.assign(this.columns, locations);
    this.made.forEach((observation, row) => {
      if (!observation) return;
      observation.line = locations.line[row];
      const location = locationOf(this.columns, row);
      if (location) observation.location = location;
    });
  }

  /** Whether row `row` has a note (in either language), known without making its observation. */
  hasNote(row: number): boolean {
    return this.notesByRow.has(row);
  }

  /** Whether every row's quote is here (a published dataset's arrive after its figures). */
  hasQuotes(): boolean {
    return this.columns.count === 0 || this.columns.quotes.length === this.columns.count;
  }

  /** Sets every row's quote, the observations made already included. */
  setQuotes(quotes: string[]): void {
    if (quotes.length !== this.columns.count) throw new Error(`quotes.json: ${quotes.length} quotes for ${this.columns.count} figures; publish the data again`);
    this.columns.quotes = quotes;
    this.made.forEach((observation, row) => {
      if (observation) observation.quote = quotes[row];
    });
  }

  get(key: string): Observation | undefined {
    const row = this.rowOf(key);
    return row < 0 ? undefined : this.at(row);
  }

  has(key: string): boolean {
    return this.rowOf(key) >= 0;
  }

  /** Every observation in file order, as an array. */
  all(): Observation[] {
    return Array.from({ length: this.columns.count }, (_, row) => this.at(row));
  }

  *values(): MapIterator<Observation> {
    for (let row = 0; row < this.columns.count; row++) yield this.at(row);
  }

  *keys(): MapIterator<string> {
    for (const observation of this.values()) yield observation.key;
  }

  *entries(): MapIterator<[string, Observation]> {
    for (const observation of this.values()) yield [observation.key, observation];
  }

  [Symbol.iterator](): MapIterator<[string, Observation]> {
    return this.entries();
  }

  forEach(callback: (value: Observation, key: string, map: ReadonlyMap<string, Observation>) => void): void {
    for (const observation of this.values()) callback(observation, observation.key, this);
  }
}

/** Where row `row`'s quote is in its report's text, if it was found there. */
function locationOf(c: ObservationColumns, row: number): QuoteLocation | undefined {
  return c.paragraph[row] >= 0 ? { paragraphIndex: c.paragraph[row], start: c.start[row], end: c.end[row] } : undefined;
}

/** The quote of row `row`; '' while the quotes of a published dataset have not arrived. */
export function quoteOf(c: ObservationColumns, row: number): string {
  return c.quotes[row] ?? '';
}

/**
 * A report's figure for an indicator: the one lookup every chart, table and coverage cell makes, made
 * directly on a column table (a national dataset) and through its key on a `Map`.
 */
export function lookupObservation(byKey: ReadonlyMap<string, Observation>, reportId: string, indicatorId: string): Observation | undefined {
  if (byKey instanceof ObservationTable) {
    const row = byKey.rowFor(reportId, indicatorId);
    return row < 0 ? undefined : byKey.at(row);
  }
  return byKey.get(observationKey(reportId, indicatorId));
}

/** Whether a report gives a figure for an indicator, without making the observation. */
export function hasObservation(byKey: ReadonlyMap<string, Observation>, reportId: string, indicatorId: string): boolean {
  return byKey instanceof ObservationTable ? byKey.rowFor(reportId, indicatorId) >= 0 : byKey.has(observationKey(reportId, indicatorId));
}

/**
 * A report's figure for an indicator as reported, or undefined when the report does not give it: read
 * from the value column of a column table, so no observation is made for a figure only compared.
 */
export function lookupValue(byKey: ReadonlyMap<string, Observation>, reportId: string, indicatorId: string): number | undefined {
  if (byKey instanceof ObservationTable) {
    const row = byKey.rowFor(reportId, indicatorId);
    return row < 0 ? undefined : valueAt(byKey, row);
  }
  return byKey.get(observationKey(reportId, indicatorId))?.value;
}

/** Row `row`'s value as reported, without making its observation. */
export function valueAt(table: ObservationTable, row: number): number {
  return table.columns.value[row];
}

/** Row `row`'s qualifier (exact, approximate, at least, at most), without making its observation. */
export function qualifierAt(table: ObservationTable, row: number): Qualifier {
  return QUALIFIERS[table.columns.qualifier[row]];
}
