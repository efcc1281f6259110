/**
 * Loads the published dataset (what `npm run data:publish` wrote) from ./data/, relative to the page, so
 * the build works from any static host and sub-path; the offline single file carries it inside the page.
 * The page reads it as it is: no CSV is parsed and no row checked again, the validator did that once.
 */
import type { Dataset } from './dataset';
import type { DataIssue } from './issue';
import { bytesOfBase64, readInlineData } from './inlineData';
import { ObservationTable } from './observationTable';
import { columnFile, datasetFromPublished, OBSERVATION_COLUMNS, PUBLISHED_FILES, publishedRecords, type ObservationColumn, type PublishedDataset } from './publishedDataset';

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

const findingsBase = new WeakMap<Dataset, string>();
const findingsLoading = new WeakMap<Dataset, Promise<{ head: unknown; bytes: ArrayBuffer }>>();

/** The consistency findings computed when the dataset was published (findings.json and .bin), for a published dataset. */
export const loadFindings = {
  has: (dataset: Dataset): boolean => findingsBase.has(dataset),
  /** Fetched once; the model's packed findings (read there: this layer does not know them). */
  of(dataset: Dataset): Promise<{ head: unknown; bytes: ArrayBuffer }> {
    let load = findingsLoading.get(dataset);
    if (!load) {
      const base = findingsBase.get(dataset);
      load = Promise.all([fetchDataFile(PUBLISHED_FILES.findings, 'json', base), fetchDataFile(PUBLISHED_FILES.findingIndexes, 'bytes', base) as Promise<ArrayBuffer>]).then(([head, bytes]) => ({ head, bytes }));
      findingsLoading.set(dataset, load);
    }
    return load;
  },
};

/** Loads the published dataset; its quotes follow with `loadQuotes`, its report texts with `loadReportSource`. */
export async function loadDataset(base = DATA_BASE): Promise<LoadedDataset> {
  const started = performance.now();
  // All at once; the columns' bytes are used as they arrive, only dataset.json is parsed, and its reports
  // are made while the columns still download.
  const json = fetchDataFile(PUBLISHED_FILES.dataset, 'json', base) as Promise<PublishedDataset>;
  const [published, records, ...columns] = await Promise.all([
    json,
    json.then(publishedRecords),
    ...OBSERVATION_COLUMNS.map((column) => fetchDataFile(columnFile(column), 'bytes', base) as Promise<ArrayBuffer>),
  ]);
  const fetched = performance.now();
  const dataset = datasetFromPublished(published, Object.fromEntries(OBSERVATION_COLUMNS.map((column, i) => [column, columns[i]])) as Record<ObservationColumn, ArrayBuffer>, records as ReturnType<typeof publishedRecords>);
  findingsBase.set(dataset, base);
  // The benchmark reads these: how long the download and JSON.parse took, then making the columns.
  performance.measure('dataset:fetch', { start: started, end: fetched });
  performance.measure('dataset:build', { start: fetched, end: performance.now() });
  performance.mark('dataset:ready');
  return { dataset, issues: published.issues ?? [], order: published.order };
}

const quotesLoading = new WeakMap<Dataset, Promise<void>>();

/**
 * Fetches the quotes of a published dataset unless it has them (any other dataset does): the data table,
 * its search and the exports need them, the charts and the source panel do not.
 */
export function loadQuotes(dataset: Dataset, base = DATA_BASE): Promise<void> {
  const table = dataset.observationByKey;
  if (!(table instanceof ObservationTable) || table.hasQuotes()) return Promise.resolve();
  let load = quotesLoading.get(dataset);
  if (!load) {
    load = fetchDataFile(PUBLISHED_FILES.quotes, 'json', base).then((quotes) => table.setQuotes(quotes as string[]));
    load.catch(() => quotesLoading.delete(dataset));
    quotesLoading.set(dataset, load);
  }
  return load;
}

/** Whether every figure of the dataset has its quote here. */
export function hasQuotes(dataset: Dataset): boolean {
  const table = dataset.observationByKey;
  return !(table instanceof ObservationTable) || table.hasQuotes();
}
