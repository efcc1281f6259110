/**
 * The published form of a dataset: what `npm run data:publish` writes once the validator has accepted
 * the curated files, and what the page reads instead of parsing CSV. The observations are columns of
 * numbers, one binary file per column holding the typed array the page uses as it is (little-endian, as
 * every browser's typed arrays are): nothing is parsed, converted or copied when they arrive, where a
 * JSON array of 680,000 numbers took 50–200 ms to parse on a busy machine and as long again to make a
 * typed array of. dataset.json (reports packed by field, indicators, population, display order) is JSON,
 * each quote's place in its report already located. Quotes (needed by the data table and the exports)
 * and the consistency findings are files of their own, fetched later; the report texts stay in sources/,
 * fetched when a figure is opened.
 *
 *   data/*.csv ──buildDataset (validate)──▶ Dataset ──publishDataset──▶ dataset.json, observations/*.bin,
 *                                                                       quotes.json, findings.json + .bin
 *   page: dataset.json + observations/*.bin ──datasetFromPublished──▶ Dataset ◀── quotes.json (setQuotes)
 */
import type { Dataset, Indicator, Population, Report } from './dataset';
import type { DataIssue } from './issue';
import { ObservationTable, type ObservationColumns } from './observationTable';
import { datasetFromColumns } from './columnDataset';
import { packRecords, unpackRecords, type PackedRecords } from './packRecords';

/** The files of a published dataset, beside its sources/ folder. */
export const PUBLISHED_FILES = { dataset: 'dataset.json', quotes: 'quotes.json', findings: 'findings.json', findingIndexes: 'findings.bin' } as const;

/** The observation columns, each in a file of its own (`columnFile`), with the typed array it holds. */
export const COLUMN_TYPES = {
  report: Int32Array,
  indicator: Int32Array,
  value: Float64Array,
  qualifier: Uint8Array,
  decimals: Uint8Array,
  line: Int32Array,
  paragraph: Int32Array,
  start: Int32Array,
  end: Int32Array,
} as const;
export type ObservationColumn = keyof typeof COLUMN_TYPES;
export const OBSERVATION_COLUMNS = Object.keys(COLUMN_TYPES) as ObservationColumn[];
/** The observation columns as the page holds them. */
export type PublishedColumns = Pick<ObservationColumns, ObservationColumn>;

/** The file of an observation column: the bytes of its typed array. */
export const columnFile = (column: ObservationColumn): string => `observations/${column}.bin`;

/** Raised when the page's reader and the published files disagree about their shape. */
export const PUBLISHED_FORMAT = 3;

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

/**
 * A report's id, file name and title are mostly its other fields (`2018-beijing-110101`,
 * `景北市平溪区人民政府2018年法治政府建设年度报告`): published as templates (`\0year\0-beijing-\0adminCode\0`),
 * a national dataset's 17,000 titles are a few distinct values, and dataset.json a third of its size.
 */
const TEMPLATED = ['id', 'sourceFile', 'title'];
/** Between a template's literal pieces, the names of the fields that go there. */
const MARK = '\u0000';

/** What a report's field puts in a template: a string or number of two characters or more. */
const partOf = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** The fields published as templates: those whose every value is a string without MARK. */
function templatedFields(reports: readonly Report[]): string[] {
  return TEMPLATED.filter((field) => reports.every((report) => typeof report[field as keyof Report] === 'string' && !(report[field as keyof Report] as string).includes(MARK)));
}

/** `value` with each of the record's other fields' values in it replaced by the field's name between marks. */
function templateOf(value: string, record: Record<string, unknown>): string {
  let pieces = [value];
  for (const field in record) {
    const part = partOf(record[field]);
    if (TEMPLATED.includes(field) || part.length < 2) continue;
    // Even pieces are literal text, odd ones field names: only literal text is looked into.
    pieces = pieces.flatMap((piece, i) => (i % 2 === 1 ? [piece] : piece.split(part).flatMap((literal, j) => (j === 0 ? [literal] : [field, literal]))));
  }
  return pieces.join(MARK);
}

/** Fills each report's templated fields in: exactly the values they were made of. */
function expandReports(reports: Record<string, unknown>[], fields: readonly string[]): void {
  // A national dataset's 50,000 templates are a few distinct strings, each split once.
  const split = new Map<string, string[]>();
  for (const report of reports) {
    for (const field of fields) {
      const template = report[field] as string;
      const pieces = split.get(template) ?? split.set(template, template.split(MARK)).get(template)!;
      let value = pieces[0];
      for (let i = 1; i < pieces.length; i++) value += i % 2 === 1 ? partOf(report[pieces[i]]) : pieces[i];
      report[field] = value;
    }
  }
}

/** The reports with their templated fields as templates. */
function templateReports(reports: readonly Report[]): Record<string, unknown>[] {
  const fields = templatedFields(reports);
  return reports.map((report) => {
    const record: Record<string, unknown> = { ...report };
    for (const field of fields) record[field] = templateOf(record[field] as string, record);
    return record;
  });
}

/** The typed array of a column file's bytes; a file of the wrong size means it was published for other data. */
export function readColumn<C extends ObservationColumn>(column: C, bytes: ArrayBuffer, count: number): PublishedColumns[C] {
  const Type = COLUMN_TYPES[column];
  if (bytes.byteLength !== count * Type.BYTES_PER_ELEMENT) throw new Error(`${columnFile(column)}: not ${count} rows; publish the data again`);
  return new Type(bytes) as PublishedColumns[C];
}

/** The dataset of a published form; its quotes arrive later (setQuotes), its report texts when opened. */
export function datasetFromPublished(published: PublishedDataset, bytes: Record<ObservationColumn, ArrayBuffer>, records = publishedRecords(published)): Dataset {
  const count = published.observations.count;
  const { noteRows, notes, notesZh } = published.observations;
  const columns: ObservationColumns = {
    count,
    ...(Object.fromEntries(OBSERVATION_COLUMNS.map((column) => [column, readColumn(column, bytes[column], count)])) as unknown as PublishedColumns),
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
  const reports = unpackRecords<Report>(typedIndexes(published.reports));
  expandReports(reports as unknown as Record<string, unknown>[], published.reports.templated);
  return { reports, population: unpackRecords<Population>(typedIndexes(published.population)) };
}

/** The columns' files by path: each column's bytes, as `readColumn` reads them back. */
export function columnFiles(columns: PublishedColumns): Record<string, Uint8Array> {
  return Object.fromEntries(OBSERVATION_COLUMNS.map((column) => [columnFile(column), new Uint8Array(columns[column].buffer, columns[column].byteOffset, columns[column].byteLength)]));
}

/** The columns' buffers, as `datasetFromPublished` takes them. */
export function columnBuffers(columns: PublishedColumns): Record<ObservationColumn, ArrayBuffer> {
  return Object.fromEntries(OBSERVATION_COLUMNS.map((column) => [column, columns[column].slice().buffer])) as Record<ObservationColumn, ArrayBuffer>;
}
