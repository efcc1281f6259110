/**
 * The reports' texts. A dataset built in the browser (an analyst's files) comes with its texts; a published
 * one (a national dataset has 17,000) fetches a report's text the first time one of its figures is opened.
 * The texts fetched are kept here, beside the dataset, never written into it: the dataset does not change
 * once it is loaded. Its figures' places in the paragraphs were located when it was published.
 */
import type { Dataset } from './dataset';
import { splitParagraphs, type Paragraph } from './paragraphs';
import { DATA_BASE, fetchDataFile, loadLocations } from './loadDataset';

const fetched = new WeakMap<Dataset, Map<string, Paragraph[]>>();
const loading = new WeakMap<Dataset, Map<string, Promise<Paragraph[]>>>();

/** A report's paragraphs, if the dataset came with its text or the text has been fetched. */
export function reportParagraphs(dataset: Dataset, reportId: string): Paragraph[] | undefined {
  return dataset.paragraphsByReport.get(reportId) ?? fetched.get(dataset)?.get(reportId);
}

/**
 * Fetches a report's text from `base` (default `./data/`) unless it is here already, and keeps its
 * paragraphs. A second call while the first is under way shares it: a click starts the fetch, the panel
 * joins. Resolves with the paragraphs (none for a report the dataset does not have).
 */
export function loadReportSource(dataset: Dataset, reportId: string, base = DATA_BASE): Promise<Paragraph[]> {
  const report = dataset.reportById.get(reportId);
  const here = reportParagraphs(dataset, reportId);
  if (!report || here) return Promise.resolve(here ?? []);
  let pending = loading.get(dataset);
  if (!pending) loading.set(dataset, (pending = new Map()));
  let load = pending.get(reportId);
  if (!load) {
    // The text is shown with its figures' places in it: a published dataset's arrive with its locations.
    load = Promise.all([fetchDataFile(`sources/${report.sourceFile}`, 'text', base), loadLocations(dataset)])
      .then(([text]) => {
        const paragraphs = splitParagraphs(text as string);
        let texts = fetched.get(dataset);
        if (!texts) fetched.set(dataset, (texts = new Map()));
        texts.set(reportId, paragraphs);
        return paragraphs;
      })
      .finally(() => pending.delete(reportId));
    pending.set(reportId, load);
  }
  return load;
}
