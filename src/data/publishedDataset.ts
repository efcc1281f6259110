/**
 * The published form of a dataset: what `npm run data:publish` writes once the validator has accepted
 * the curated files, and what the page reads instead of parsing CSV. The observations are columns of
 * numbers, one binary file per column (columnFile.ts: a header saying what it holds, then the numbers at
 * the narrowest width that keeps each exactly, values as integers scaled by their decimals where that is
 * exact), so the page starts every fetch at once and reads each column as it arrives, with nothing to
 * parse. The figure columns (report, indicator, value, qualifier, decimals) are what the first screen
 * needs; the location columns (line, paragraph, start, end: where each figure was found) follow after it,
 * and what shows a quote's place waits for them. dataset.json (reports packed by field, indicators,
 * population, display order) is JSON. Quotes (needed by the data table and the exports) and the
 * consistency findings are files of their own, fetched later; the report texts stay in sources/,
 * fetched when a figure is opened.
 *
 *   data/*.csv ──buildDataset (validate)──▶ Dataset ──publishDataset──▶ dataset.json, observations/*.bin,
 *                                                                       quotes.json, findings.json + .bin
 *   page: dataset.json + figure columns ──datasetFromPublished──▶ Dataset ◀── location columns (setLocations)
 *                                                                          ◀── quotes.json (setQuotes)
 */
import type { Dataset, Indicator, Population, Report } from './dataset';
import type { DataIssue } from './issue';
import { NUMBER_COLUMN_NAMES, ObservationTable, type NumberColumn, type ObservationColumns } from './observationTable';
import { datasetFromColumns } from './columnDataset';
import { packRecords, unpackRecords, type PackedRecords } from './packRecords';
import { expandTemplates, templatedFields, templateReports } from './reportTemplates';
import { columnNumbers, decodeColumn, encodeColumn, type ColumnFile } from './columnFile';

/** The files of a published dataset, beside its sources/ folder. */
export const PUBLISHED_FILES = { dataset: 'dataset.json', quotes: 'quotes.json', findings: 'findings.json', findingIndexes: 'findings.bin' } as const;

/** The observation columns, each in a file of its own (`columnFile`), held at the width it was published at. */
export type ObservationColumn = NumberColumn;
export const OBSERVATION_COLUMNS = NUMBER_COLUMN_NAMES;
/** What the charts and the first screen read: fetched at once. */
export const FIGURE_COLUMNS = ['report', 'indicator', 'value', 'qualifier', 'decimals'] as const satisfies readonly ObservationColumn[];
/** Where each figure was found (its line in observations.csv, its quote's place in its report): fetched after the first screen. */
export const LOCATION_COLUMNS = ['line', 'paragraph', 'start', 'end'] as const satisfies readonly ObservationColumn[];
/** The observation columns as the page holds them. */
export type PublishedColumns = Pick<ObservationColumns, ObservationColumn>;
export type LocationColumns = Pick<ObservationColumns, (typeof LOCATION_COLUMNS)[number]>;

/** The file of an observation column (columnFile.ts: a header, then its numbers at their narrowest exact width). */
export const columnFile = (column: ObservationColumn): string => `observations/${column}.bin`;

/** Raised when the page's reader and the published files disagree about their shape. */
export const PUBLISHED_FORMAT = 4;

/** Records packed by field (packRecords), as JSON: indexes are plain arrays. */
export type PublishedRecords = Omit<PackedRecords, 'indexes'> & { indexes: number[][] };

/** What dataset.json says of the observations; their columns are files of their own. */
export interface PublishedObservations {
  count: number;
  noteRows: number[];
  notes: string[];
  notesZh: string[];
}

export interface PublishedDataset {
  format: number;
  /** The reports; the fields named in `templated` as templates of the report's other fields (`templateOf`). */
  reports: PublishedRecords & { templated: string[] };
  indicators: Indicator[];
  population: PublishedRecords;
  observations: PublishedObservations;
  /** Positions of the reports in display order (province, district, year by the Chinese collation). */
  order: number[];
  /** What the validator reported that did not stop publishing (no errors: those refuse the dataset). */
  issues: DataIssue[];
}

/** The published form of a validated dataset (its curated rows only) and the quotes, in row order. */
export function publishDataset(dataset: Dataset, issues: DataIssue[], order: ArrayLike<number>): { published: PublishedDataset; columns: PublishedColumns; quotes: string[] } {
  if (!(dataset.observationByKey instanceof ObservationTable)) throw new Error('publishDataset: the dataset has no observation columns');
  const c = dataset.observationByKey.columns;
  const count = c.count;
  const packed = packRecords(templateReports(dataset.reports));
  const columns = Object.fromEntries(OBSERVATION_COLUMNS.map((column) => [column, c[column].slice(0, count)])) as unknown as PublishedColumns;
  const observations: PublishedObservations = {
    count,
    noteRows: Array.from(c.noteRows),
    notes: c.notes,
    notesZh: c.notesZh,
  };
  const published: PublishedDataset = {
    format: PUBLISHED_FORMAT,
    reports: { ...plainIndexes(packed), templated: templatedFields(dataset.reports) },
    indicators: dataset.indicators,
    population: plainIndexes(packRecords(dataset.population)),
    observations,
    order: Array.from(order),
    issues: issues.filter((issue) => issue.severity !== 'error'),
  };
  return { published, columns, quotes: Array.from({ length: count }, (_, row) => c.quotes[row]) };
}

const plainIndexes = (packed: PackedRecords): PublishedRecords => ({ ...packed, indexes: packed.indexes.map((index) => Array.from(index)) });
const typedIndexes = (records: PublishedRecords): PackedRecords => ({ ...records, indexes: records.indexes.map((index) => Int32Array.from(index)) });

/** The column files read (decodeColumn), by column. */
export type ColumnFiles = Partial<Record<ObservationColumn, ColumnFile>>;

/** Reads a column file's bytes as it arrives, before dataset.json: its header says what it holds. */
export const readColumnFile = (column: ObservationColumn, bytes: ArrayBuffer): ColumnFile => decodeColumn(columnFile(column), bytes, PUBLISHED_FORMAT);

/**
 * A column file made the page's column (the values unscaled with their decimals; any other column as it
 * is): the loader does it to each file as it arrives, so no one task converts them all.
 */
export const pageColumn = (file: ColumnFile, decimals?: ArrayLike<number>): ColumnFile => ({ numbers: columnNumbers(file, decimals), scaled: false });

/** The columns as the page holds them; a file with another row count than dataset.json's was published for other data. */
function columnsOf<C extends ObservationColumn>(names: readonly C[], files: ColumnFiles, count: number, decimals?: ArrayLike<number>): Pick<PublishedColumns, C> {
  return Object.fromEntries(
    names.map((column) => {
      const file = files[column];
      if (!file) throw new Error(`${columnFile(column)}: missing`);
      if (file.numbers.length !== count) throw new Error(`${columnFile(column)}: not ${count} rows; publish the data again`);
      return [column, columnNumbers(file, decimals)];
    }),
  ) as Pick<PublishedColumns, C>;
}

/** The location columns of a published dataset, for `ObservationTable.setLocations`. */
export function locationColumns(files: ColumnFiles, count: number): LocationColumns {
  return columnsOf(LOCATION_COLUMNS, files, count);
}

/**
 * The dataset of a published form from its column files: the figure columns at least; without the
 * location columns, they follow (`ObservationTable.setLocations`). Its quotes arrive later (setQuotes),
 * its report texts when opened.
 */
export function datasetFromPublished(published: PublishedDataset, files: ColumnFiles, records = publishedRecords(published)): Dataset {
  const count = published.observations.count;
  const { noteRows, notes, notesZh } = published.observations;
  const { decimals } = columnsOf(['decimals'], files, count);
  const located = LOCATION_COLUMNS.every((column) => files[column]);
  const columns: ObservationColumns = {
    count,
    ...columnsOf(['report', 'indicator', 'qualifier'], files, count),
    decimals,
    ...columnsOf(['value'], files, count, decimals),
    ...(located ? locationColumns(files, count) : { line: new Int32Array(0), paragraph: new Int32Array(0), start: new Int32Array(0), end: new Int32Array(0) }),
    quotes: [],
    noteRows: Int32Array.from(noteRows),
    notes,
    notesZh,
    userRows: new Int32Array(0),
    userFiles: [],
  };
  return datasetFromColumns(records.reports, published.indicators, records.population, columns, new Map());
}

/** The reports and population rows of dataset.json: made as soon as it arrives, while the columns download. */
export function publishedRecords(published: PublishedDataset): { reports: Report[]; population: Population[] } {
  if (published?.format !== PUBLISHED_FORMAT) throw new Error(`dataset.json: format ${String(published?.format)}, expected ${PUBLISHED_FORMAT}; publish the data again`);
  const reports = unpackRecords<Report>(expandTemplates(typedIndexes(published.reports), published.reports.templated));
  return { reports, population: unpackRecords<Population>(typedIndexes(published.population)) };
}

/** The columns' files by path, each as `readColumnFile` reads it back; values scaled by their decimals where exact. */
export function columnFiles(columns: PublishedColumns): Record<string, Uint8Array> {
  // Rows in file order: a published dataset's figures are in observations.csv's order before their lines arrive.
  for (let row = 1; row < columns.line.length; row++) if (columns.line[row] <= columns.line[row - 1]) throw new Error('publishDataset: the observations are not in file order');
  return Object.fromEntries(OBSERVATION_COLUMNS.map((column) => [columnFile(column), encodeColumn(columns[column], PUBLISHED_FORMAT, column === 'value' ? columns.decimals : undefined)]));
}

/** The column files read, as `datasetFromPublished` takes them. */
export function readColumnFiles(columns: PublishedColumns): Record<ObservationColumn, ColumnFile> {
  const files = columnFiles(columns);
  return Object.fromEntries(OBSERVATION_COLUMNS.map((column) => [column, readColumnFile(column, files[columnFile(column)].slice().buffer)])) as Record<ObservationColumn, ColumnFile>;
}
