/**
 * Loads the curated dataset in a Web Worker, so the page stays responsive while 680,000 rows are parsed
 * and checked. Where a worker cannot start (a page opened from file://, the single-file build with its
 * data inside), the same load runs on the page.
 */
import type { Dataset } from '../data/dataset';
import { fetchFrameFiles } from '../data/frameFiles';
import type { LoadedDataset } from '../data/loadDataset';
import { unpackDataset } from '../data/packDataset';
import { unpackRecords } from '../data/packRecords';
import { readInlineTexts } from '../data/readInlineTexts';
import type { Finding } from '../model/consistency';
import { indexDataset } from '../model/datasetIndex';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from './datasetWorkerProtocol';

const pendingFindings = new WeakMap<Dataset, { findings: Promise<Finding[]>; ask: () => void }>();

/**
 * The findings the worker computes for a dataset it loaded, once `askForFindings` has been called;
 * undefined for any other dataset.
 */
export function findingsOf(dataset: Dataset): Promise<Finding[]> | undefined {
  return pendingFindings.get(dataset)?.findings;
}

/** Lets the worker compute the findings of a dataset it loaded (the page calls it once its first screen is drawn). */
export function askForFindings(dataset: Dataset): void {
  pendingFindings.get(dataset)?.ask();
}

/** Loads `base` (default `./data/`) in a worker; falls back to loading on the page. */
/** Loads on the page; its parsing code is fetched only then. */
function loadOnPage(base: string): Promise<LoadedDataset> {
  return import('../data/loadDataset').then((module) => module.loadDataset(base));
}

export function loadDatasetOffThread(base = './data/'): Promise<LoadedDataset> {
  if (typeof Worker === 'undefined' || readInlineTexts(document)) return loadOnPage(base);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadOnPage(base);
  }
  const requested = performance.now();
  return new Promise<LoadedDataset>((resolve, reject) => {
    let loaded = false;
    const findings: Finding[] = [];
    let settleFindings: (findings: Finding[]) => void = () => {};
    worker.onmessage = (event: MessageEvent<DatasetWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'dataset') {
        loaded = true;
        const dataset = unpackDataset(message.packed);
        indexDataset(dataset, message.order);
        let asked = false;
        const ask = () => {
          if (asked) return;
          asked = true;
          worker.postMessage({ type: 'findings' } satisfies DatasetWorkerRequest);
        };
        pendingFindings.set(dataset, { findings: new Promise((done) => (settleFindings = done)), ask });
        // The benchmark reads these marks: how long the worker fetched, parsed and checked, and packed.
        const { fetchMs, buildMs, packMs } = message.timings;
        performance.measure('dataset:fetch', { start: requested, duration: fetchMs });
        performance.measure('dataset:build', { start: requested + fetchMs, duration: buildMs });
        performance.measure('dataset:pack', { start: requested + fetchMs + buildMs, duration: packMs });
        performance.mark('dataset:ready');
        resolve({ dataset, issues: message.issues });
      } else if (message.type === 'findings') {
        for (const finding of unpackRecords<Finding>(message.findings)) findings.push(finding);
        if (message.done) {
          worker.terminate();
          performance.mark('dataset:findings');
          settleFindings(findings);
        }
      } else {
        worker.terminate();
        if (loaded) settleFindings(findings);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // A worker that could not start at all: load on the page instead.
      if (!loaded) loadOnPage(base).then(resolve, reject);
      else settleFindings(findings);
    };
    // Relative to the page, not to the worker's script in assets/. The small files are the ones the page
    // preloads (vite.config.ts): fetched here, they come from that download; if they fail, the worker
    // fetches them itself and reports what went wrong.
    const absolute = new URL(base, document.baseURI).href;
    fetchFrameFiles(absolute)
      .catch(() => undefined)
      .then((files) => worker.postMessage({ type: 'load', base: absolute, files } satisfies DatasetWorkerRequest));
  });
}
