/**
 * The Web Worker that loads the dataset off the page's thread: it fetches the files, parses and checks
 * every row with `buildDataset`, and posts the dataset as columns (transferred, not copied) so the page
 * can draw at once; then it recomputes the reports' own figures (consistency findings) and posts those.
 */
import { buildDataset } from '../data/buildDataset';
import { loadDatasetTexts } from '../data/loadDataset';
import { packDataset } from '../data/packDataset';
import { packRecords, recordBuffers } from '../data/packRecords';
import { findInconsistencies } from '../model/consistency';
import { displayOrder } from '../model/datasetIndex';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from './datasetWorkerProtocol';

// Findings go in parts, so the page never spends long on one message.
const FINDINGS_PER_MESSAGE = 10_000;

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
    // The display order too (a sort of every report by province and district), so the page does not sort.
    const order = displayOrder(dataset);
    post({ type: 'dataset', packed, issues, timings, order }, [...transfer, order.buffer]);
    const findings = findInconsistencies(dataset);
    for (let at = 0; at < findings.length || at === 0; at += FINDINGS_PER_MESSAGE) {
      const part = packRecords(findings.slice(at, at + FINDINGS_PER_MESSAGE));
      post({ type: 'findings', findings: part, done: at + FINDINGS_PER_MESSAGE >= findings.length }, recordBuffers(part));
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
