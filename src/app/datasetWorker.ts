/**
 * The Web Worker that loads the dataset off the page's thread: it fetches the files, parses and checks
 * every row with `buildDataset`, and posts the dataset as columns (transferred, not copied) so the page
 * can draw at once; then it recomputes the reports' own figures (consistency findings) and posts those.
 */
import { buildDataset } from '../data/buildDataset';
import { loadDatasetTexts } from '../data/loadDataset';
import { packDataset } from '../data/packDataset';
import { findInconsistencies } from '../model/consistency';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from './datasetWorkerProtocol';

// Findings go in parts, so the page never spends long on one message.
const FINDINGS_PER_MESSAGE = 5_000;

const post = (message: DatasetWorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<DatasetWorkerRequest>) => {
  try {
    const started = performance.now();
    const texts = await loadDatasetTexts(event.data.base);
    const fetched = performance.now();
    const { dataset, issues } = buildDataset(texts);
    const built = performance.now();
    const { packed, transfer } = packDataset(dataset);
    const timings = { fetchMs: fetched - started, buildMs: built - fetched, packMs: performance.now() - built, sourcesDeferred: texts.sourcesDeferred === true };
    post({ type: 'dataset', packed, issues, timings }, transfer);
    const findings = findInconsistencies(dataset);
    for (let at = 0; at < findings.length || at === 0; at += FINDINGS_PER_MESSAGE) {
      post({ type: 'findings', findings: findings.slice(at, at + FINDINGS_PER_MESSAGE), done: at + FINDINGS_PER_MESSAGE >= findings.length });
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
