/**
 * The texts of the reports whose figures are drawn, fetched while the page is idle. A national dataset
 * defers its 17,000 report texts (loadReportSource fetches one when a figure of it is first opened);
 * the few hundred behind the bars on screen are fetched ahead, one at a time in idle moments, so a click
 * on a bar finds its paragraph already there. Each dataset fetches at most PREFETCH_LIMIT texts this way.
 */
import type { Dataset } from '../../data/dataset';
import { loadReportSource, reportParagraphs } from '../../data/reportTexts';
import { whenIdle } from '../../charts/whenIdle';

export const PREFETCH_LIMIT = 1500;
/** Texts fetched at once: enough to keep the connection busy, few enough to leave room for a click's own. */
const AT_ONCE = 3;

interface Prefetching {
  waiting: string[];
  queued: Set<string>;
  running: number;
}

/** How a text is fetched (loadReportSource; a test's stand-in). */
type Load = (dataset: Dataset, reportId: string) => Promise<unknown>;

const byDataset = new WeakMap<Dataset, Prefetching>();

/** Queues the reports of `keys` (observation keys, `report_id/indicator_id`) whose texts are not loaded yet. */
export function prefetchSources(dataset: Dataset, keys: Iterable<string>, load: Load = loadReportSource): void {
  let state = byDataset.get(dataset);
  if (!state) byDataset.set(dataset, (state = { waiting: [], queued: new Set(), running: 0 }));
  for (const key of keys) {
    const reportId = key.slice(0, key.indexOf('/'));
    if (state.queued.size >= PREFETCH_LIMIT) break;
    if (state.queued.has(reportId) || reportParagraphs(dataset, reportId) || !dataset.reportById.has(reportId)) continue;
    state.queued.add(reportId);
    state.waiting.push(reportId);
  }
  pump(dataset, state, load);
}

function pump(dataset: Dataset, state: Prefetching, load: Load): void {
  while (state.running < AT_ONCE && state.waiting.length > 0) {
    const reportId = state.waiting.shift()!;
    state.running++;
    whenIdle(() => {
      // A text the panel or a pointer fetched meanwhile costs nothing here (loadReportSource shares it).
      load(dataset, reportId)
        .catch(() => {})
        .finally(() => {
          state.running--;
          pump(dataset, state, load);
        });
    });
  }
}
