/**
 * A report's text, fetched the first time one of its figures is opened (a national dataset has 17,000):
 * it is split into paragraphs; its figures' places in them were located when the data was published.
 */
import type { Dataset } from './dataset';
import { splitParagraphs } from './paragraphs';
import { DATA_BASE, fetchDataFile, loadLocations } from './loadDataset';

const loading = new WeakMap<Dataset, Map<string, Promise<void>>>();

/**
 * Fetches a report's text from `base` (default `./data/`) unless it is loaded already, and keeps its
 * paragraphs in the dataset. A second call while the first is under way shares it: a click starts the
 * fetch, the panel joins.
 */
export function loadReportSource(dataset: Dataset, reportId: string, base = DATA_BASE): Promise<void> {
  const report = dataset.reportById.get(reportId);
  if (!report || dataset.paragraphsByReport.has(reportId)) return Promise.resolve();
  let pending = loading.get(dataset);
  if (!pending) loading.set(dataset, (pending = new Map()));
  let load = pending.get(reportId);
  if (!load) {
    // The text is shown with its figures' places in it: a published dataset's arrive with its locations.
    load = Promise.all([fetchDataFile(`sources/${report.sourceFile}`, 'text', base), loadLocations(dataset)])
      .then(([text]) => void dataset.paragraphsByReport.set(reportId, splitParagraphs(text as string)))
      .finally(() => pending.delete(reportId));
    pending.set(reportId, load);
  }
  return load;
}
