/**
 * Loads the published dataset (what `npm run data:publish` wrote) from ./data/, relative to the page, so
 * the build works from any static host and sub-path; the offline single file carries it inside the page.
 * The page reads it as it is: no CSV is parsed and no row checked again, the validator did that once.
 */
import type { Dataset } from './dataset';
import type { DataIssue } from './issue';
import { bytesOfBase64, readInlineData } from './inlineData';
import { ObservationTable } from './observationTable';
import { columnFile, datasetFromPublished, FIGURE_COLUMNS, LOCATION_COLUMNS, locationColumns, pageColumn, PUBLISHED_FILES, publishedRecords, readColumnFile, type ColumnFiles, type ObservationColumn, type PublishedDataset } from './publishedDataset';

export interface LoadedDataset {
  dataset: Dataset;
  issues: DataIssue[];
  /** The reports' display order, worked out when the data was published (absent for an analyst's build). */
  order?: number[];
}

/** Where the page finds the published data. */
export const DATA_BASE = './data/';

/** A published file: from the page itself in the offline single file, else fetched from `base`. */
export async function fetchDataFile(path: string, as: 'json' | 'text' | 'bytes', base = DATA_BASE): Promise<unknown> {
  const inline = readInlineData();
  if (inline) {
    if (!(path in inline)) throw new Error(`${path}: not in this page`);
    return as === 'bytes' ? bytesOfBase64(inline[path] as string) : inline[path];
  }
  const response = await fetch(base + path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return as === 'json' ? response.json() : as === 'text' ? response.text() : response.arrayBuffer();
}

/** Where a published dataset's files were fetched from: its later files come from there too. */
const publishedBase = new WeakMap<Dataset, string>();
const findingsLoading = new WeakMap<Dataset, Promise<{ head: unknown; bytes: ArrayBuffer }>>();

/** The consistency findings computed when the dataset was published (findings.json and .bin), for a published dataset. */
export const loadFindings = {
  has: (dataset: Dataset): boolean => publishedBase.has(dataset),
  /** Fetched once; the model's packed findings (read there: this layer does not know them). */
  of(dataset: Dataset): Promise<{ head: unknown; bytes: ArrayBuffer }> {
    let load = findingsLoading.get(dataset);
    if (!load) {
      const base = publishedBase.get(dataset);
      load = Promise.all([fetchDataFile(PUBLISHED_FILES.findings, 'json', base), fetchDataFile(PUBLISHED_FILES.findingIndexes, 'bytes', base) as Promise<ArrayBuffer>]).then(([head, bytes]) => ({ head, bytes }));
      findingsLoading.set(dataset, load);
    }
    return load;
  },
};

/** Column files by column, each read as it arrives (its header says what it holds); the values unscaled once their decimals are here. */
function fetchColumns(columns: readonly ObservationColumn[], base: string): Promise<ColumnFiles> {
  const read = columns.map((column) => (fetchDataFile(columnFile(column), 'bytes', base) as Promise<ArrayBuffer>).then((bytes) => readColumnFile(column, bytes)));
  const decimals = columns.includes('decimals') ? read[columns.indexOf('decimals')] : undefined;
  const made = columns.map((column, i) => (column === 'value' ? Promise.all([read[i], decimals]).then(([file, scale]) => pageColumn(file, scale?.numbers)) : read[i]));
  return Promise.all(made).then((files) => Object.fromEntries(columns.map((column, i) => [column, files[i]])));
}

/**
 * Loads the published dataset: dataset.json and the figure columns, all fetched at once. Its locations
 * follow with `loadLocations`, its quotes with `loadQuotes`, its report texts with `loadReportSource`.
 */
export async function loadDataset(base = DATA_BASE): Promise<LoadedDataset> {
  const started = performance.now();
  // The reports are made from dataset.json while the columns still download.
  const json = fetchDataFile(PUBLISHED_FILES.dataset, 'json', base) as Promise<PublishedDataset>;
  const [published, records, files] = await Promise.all([json, json.then(publishedRecords), fetchColumns(FIGURE_COLUMNS, base)]);
  const fetched = performance.now();
  const dataset = datasetFromPublished(published, files, records);
  publishedBase.set(dataset, base);
  // The benchmark reads these: how long the download and JSON.parse took, then making the columns.
  performance.measure('dataset:fetch', { start: started, end: fetched });
  performance.measure('dataset:build', { start: fetched, end: performance.now() });
  performance.mark('dataset:ready');
  return { dataset, issues: published.issues ?? [], order: published.order };
}

const locationsLoading = new WeakMap<Dataset, Promise<void>>();

/**
 * Fetches the location columns of a published dataset unless it has them (any other dataset does): each
 * figure's line and its quote's place in its report, which the source panel, the report viewer, the
 * slides' footnotes, the data table and the exports show.
 */
export function loadLocations(dataset: Dataset, base = publishedBase.get(dataset) ?? DATA_BASE): Promise<void> {
  const table = dataset.observationByKey;
  if (!(table instanceof ObservationTable) || table.hasLocations()) return Promise.resolve();
  let load = locationsLoading.get(dataset);
  if (!load) {
    load = fetchColumns(LOCATION_COLUMNS, base).then((files) => table.setLocations(locationColumns(files, table.size)));
    load.catch(() => locationsLoading.delete(dataset));
    locationsLoading.set(dataset, load);
  }
  return load;
}

/** Whether every figure of the dataset has its line and quote location here. */
export function hasLocations(dataset: Dataset): boolean {
  const table = dataset.observationByKey;
  return !(table instanceof ObservationTable) || table.hasLocations();
}

const quotesLoading = new WeakMap<Dataset, Promise<void>>();

/**
 * Fetches the quotes of a published dataset unless it has them (any other dataset does): the data table,
 * its search and the exports need them, the charts and the source panel do not.
 */
export function loadQuotes(dataset: Dataset, base = DATA_BASE): Promise<void> {
  const table = dataset.observationByKey;
  if (!(table instanceof ObservationTable) || (table.hasQuotes() && table.hasLocations())) return Promise.resolve();
  let load = quotesLoading.get(dataset);
  if (!load) {
    // What shows quotes shows where they were found, or sorts by it.
    const quotes = fetchDataFile(PUBLISHED_FILES.quotes, 'json', base).then((quotes) => table.setQuotes(quotes as string[]));
    load = Promise.all([quotes, loadLocations(dataset, base)]).then(() => undefined);
    load.catch(() => quotesLoading.delete(dataset));
    quotesLoading.set(dataset, load);
  }
  return load;
}

/** Whether every figure of the dataset has its quote (and its location) here. */
export function hasQuotes(dataset: Dataset): boolean {
  const table = dataset.observationByKey;
  return !(table instanceof ObservationTable) || (table.hasQuotes() && table.hasLocations());
}
