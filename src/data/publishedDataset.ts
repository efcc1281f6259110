/**
 * The published form of a dataset: what `npm run data:publish` writes once the validator has accepted
 * the curated files, and what the page reads instead of parsing CSV. Plain JSON, read with the browser's
 * own JSON.parse: reports packed by field, observations as columns of numbers, one file per column (each
 * is parsed in a task of its own, so no single parse holds the page), each quote's place in its report
 * already located. Quotes (needed by the data table and the exports) and the consistency findings are
 * files of their own, fetched later; the report texts stay in sources/, fetched when a figure is opened.
 *
 *   data/*.csv ──buildDataset (validate)──▶ Dataset ──publishDataset──▶ dataset.json, observations/*.json,
 *                                                                       quotes.json, findings.json
 *   page: dataset.json + observations/*.json ──datasetFromPublished──▶ Dataset ◀── quotes.json (setQuotes)
 */
import type { Dataset, Indicator, Population, Report } from './dataset';
import type { DataIssue } from './issue';
import { ObservationTable, type ObservationColumns } from './observationTable';
import { datasetFromColumns } from './columnDataset';
import { packRecords, unpackRecords, type PackedRecords } from './packRecords';

/** The files of a published dataset, beside its sources/ folder. */
export const PUBLISHED_FILES = { dataset: 'dataset.json', quotes: 'quotes.json', findings: 'findings.json' } as const;

/** The observation columns, each in a file of its own (`columnFile`). Report and line are steps from the row before (mostly 0 or 1). */
export const OBSERVATION_COLUMNS = ['reportStep', 'indicator', 'value', 'qualifier', 'decimals', 'lineStep', 'paragraph', 'start', 'length'] as const;
export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number];

/** The file of an observation column. */
export const columnFile = (column: ObservationColumn): string => `observations/${column}.json`;

/** Raised when the page's reader and the published files disagree about their shape. */
export const PUBLISHED_FORMAT = 1;

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
  reports: PublishedRecords;
  indicators: Indicator[];
  population: Population[];
  observations: PublishedObservations;
  /** Positions of the reports in display order (province, district, year by the Chinese collation). */
  order: number[];
  /** What the validator reported that did not stop publishing (no errors: those refuse the dataset). */
  issues: DataIssue[];
}

function steps(column: ArrayLike<number>): number[] {
  return Array.from(column, (value, i) => (i === 0 ? value : value - column[i - 1]));
}

function sums(steps: readonly number[]): Int32Array {
  const column = new Int32Array(steps.length);
  let total = 0;
  for (let i = 0; i < steps.length; i++) column[i] = total += steps[i];
  return column;
}

/** The published form of a validated dataset (its curated rows only) and the quotes, in row order. */
export function publishDataset(dataset: Dataset, issues: DataIssue[], order: ArrayLike<number>): { published: PublishedDataset; columns: Record<ObservationColumn, number[]>; quotes: string[] } {
  if (!(dataset.observationByKey instanceof ObservationTable)) throw new Error('publishDataset: the dataset has no observation columns');
  const c = dataset.observationByKey.columns;
  const count = c.count;
  const packed = packRecords(dataset.reports);
  const columns: Record<ObservationColumn, number[]> = {
    reportStep: steps(c.report),
    indicator: Array.from(c.indicator),
    value: Array.from(c.value),
    qualifier: Array.from(c.qualifier),
    decimals: Array.from(c.decimals),
    lineStep: steps(c.line),
    paragraph: Array.from(c.paragraph),
    start: Array.from(c.start),
    // The quote's length: its end is start + length.
    length: Array.from(c.end, (end, row) => end - c.start[row]),
  };
  const observations: PublishedObservations = {
    count,
    noteRows: Array.from(c.noteRows),
    notes: c.notes,
    notesZh: c.notesZh,
  };
  const published: PublishedDataset = {
    format: PUBLISHED_FORMAT,
    reports: { ...packed, indexes: packed.indexes.map((index) => Array.from(index)) },
    indicators: dataset.indicators,
    population: dataset.population,
    observations,
    order: Array.from(order),
    issues: issues.filter((issue) => issue.severity !== 'error'),
  };
  return { published, columns, quotes: Array.from({ length: count }, (_, row) => c.quotes[row]) };
}

/** The dataset of a published form; its quotes arrive later (setQuotes), its report texts when opened. */
export function datasetFromPublished(published: PublishedDataset, o: Record<ObservationColumn, number[]>): Dataset {
  if (published?.format !== PUBLISHED_FORMAT) throw new Error(`dataset.json: format ${String(published?.format)}, expected ${PUBLISHED_FORMAT}; publish the data again`);
  const count = published.observations.count;
  for (const column of OBSERVATION_COLUMNS) if (o[column]?.length !== count) throw new Error(`${columnFile(column)}: not ${count} rows; publish the data again`);
  const { noteRows, notes, notesZh } = published.observations;
  const start = Int32Array.from(o.start);
  const columns: ObservationColumns = {
    count,
    report: sums(o.reportStep),
    indicator: Int32Array.from(o.indicator),
    value: Float64Array.from(o.value),
    qualifier: Uint8Array.from(o.qualifier),
    decimals: Uint8Array.from(o.decimals),
    line: sums(o.lineStep),
    paragraph: Int32Array.from(o.paragraph),
    start,
    end: Int32Array.from(o.length, (length, row) => start[row] + length),
    quotes: [],
    noteRows: Int32Array.from(noteRows),
    notes,
    notesZh,
    userRows: new Int32Array(0),
    userFiles: [],
  };
  const reports = unpackRecords<Report>({ ...published.reports, indexes: published.reports.indexes.map((index) => Int32Array.from(index)) });
  return datasetFromColumns(reports, published.indicators, published.population, columns, new Map());
}
