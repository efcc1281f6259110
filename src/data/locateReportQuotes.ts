/**
 * A report's text fetched after the dataset: when a national dataset defers its 17,000 source reports,
 * each is fetched the first time one of its figures is opened, split into paragraphs, and its quotes
 * located exactly as `buildDataset` locates them up front.
 */
import type { Dataset } from './dataset';
import type { DataIssue } from './issue';
import { countOccurrences, locateQuote, splitParagraphs } from './paragraphs';
import { lookupObservation } from './observationTable';

/** Sets the report's paragraphs and its figures' locations in `dataset`; returns a problem per quote not found once. */
export function locateReportQuotes(dataset: Dataset, reportId: string, source: string): DataIssue[] {
  const paragraphs = splitParagraphs(source);
  const issues: DataIssue[] = [];
  for (const indicator of dataset.indicators) {
    const observation = lookupObservation(dataset.observationByKey, reportId, indicator.id);
    if (!observation) continue;
    const location = locateQuote(paragraphs, observation.quote);
    if (location) {
      observation.location = location;
      continue;
    }
    const count = paragraphs.reduce((sum, p) => sum + countOccurrences(p.text, observation.quote), 0);
    issues.push({
      file: observation.file ?? 'observations.csv',
      line: observation.line,
      column: 'quote',
      severity: 'error',
      ...(count === 0
        ? { message: `quote not found in report ${reportId}`, code: 'quoteNotFound', params: { report: reportId, quote: observation.quote } }
        : { message: `quote occurs ${count} times in report ${reportId}; it must identify one place`, code: 'quoteAmbiguous', params: { report: reportId, count } }),
    });
  }
  dataset.paragraphsByReport.set(reportId, paragraphs);
  return issues;
}

const loading = new WeakMap<Dataset, Map<string, Promise<DataIssue[]>>>();

/**
 * Fetches a report's text from `base` (default `./data/`) unless it is loaded already, and locates its
 * quotes. A second call while the first is under way shares it: a click starts the fetch, the panel joins.
 */
export function loadReportSource(dataset: Dataset, reportId: string, base = './data/'): Promise<DataIssue[]> {
  const report = dataset.reportById.get(reportId);
  if (!report || dataset.paragraphsByReport.has(reportId)) return Promise.resolve([]);
  let pending = loading.get(dataset);
  if (!pending) loading.set(dataset, (pending = new Map()));
  let load = pending.get(reportId);
  if (!load) {
    load = fetch(`${base}sources/${report.sourceFile}`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${report.sourceFile}: HTTP ${response.status}`);
        return locateReportQuotes(dataset, reportId, await response.text());
      })
      .finally(() => pending.delete(reportId));
    pending.set(reportId, load);
  }
  return load;
}
