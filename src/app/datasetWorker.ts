/**
 * The Web Worker that loads the dataset off the page's thread: it fetches the small files, and reads and
 * checks observations.csv row by row while it downloads (the same checks as `buildDataset`; a large file
 * in two halves at once, see readObservations.ts). It posts the dataset as columns (transferred, not
 * copied) so the page can draw at once; then, when the page asks, it recomputes the reports' own
 * figures (consistency findings) and posts those.
 */
import { loadDatasetFrame } from '../data/loadDataset';
import { DATA_FILES } from '../data/schema';
import { packDataset, packFrameRecords, type FrameRecordsPacked } from '../data/packDataset';
import type { DatasetBuild, DatasetFrame } from '../data/buildDataset';
import type { Report } from '../data/dataset';
import { packRecords, recordBuffers } from '../data/packRecords';
import { findInconsistencies } from '../model/consistency';
import { displayOrder } from '../model/datasetIndex';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from './datasetWorkerProtocol';
import { readObservations } from './readObservations';

// Findings go in parts, so the page never spends long on one message.
const FINDINGS_PER_MESSAGE = 10_000;

const post = (message: DatasetWorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

let askForFindings: () => void = () => {};
const findingsAsked = new Promise<void>((resolve) => (askForFindings = resolve));

self.onmessage = async (event: MessageEvent<DatasetWorkerRequest>) => {
  if (event.data.type === 'findings') {
    askForFindings();
    return;
  }
  try {
    const { base, files } = event.data;
    const started = performance.now();
    // The small files (handed over by the page, which preloads them), then observations.csv as it downloads.
    // Its request goes first; parsing the small files (a read of 17,000 reports) waits until its download
    // has started and its second reader's script runs (readObservations.ts).
    let frame: Promise<DatasetFrame> | undefined;
    let fetched = started;
    const parseFrame = () =>
      (frame ??= loadDatasetFrame(base, files).then((loaded) => {
        fetched = performance.now();
        return loaded;
      }));
    // What the hand-over needs of the reports alone, worked out while the second reader finishes.
    let ahead: { reports: Report[]; order: Int32Array; records: FrameRecordsPacked } | undefined;
    const prepare = (build: DatasetBuild) => {
      const records = build.frameRecords();
      ahead = { reports: records.reports, order: displayOrder(records.reports), records: packFrameRecords(records) };
    };
    const reading = readObservations(`${base}${DATA_FILES.observations.file}`, parseFrame, DATA_FILES.observations.file, prepare);
    reading.catch(() => {});
    // Parsed by now, unless observations.csv could not be fetched: then it is parsed here, for its issues.
    await reading.catch(() => {});
    const { sourcesDeferred } = await parseFrame();
    const build = await reading;
    const { dataset, issues } = build.finish();
    const built = performance.now();
    // Only for the build that was read: a file read again whole has a build (and reports) of its own.
    const prepared = ahead?.reports === dataset.reports ? ahead : undefined;
    const { packed, transfer } = packDataset(dataset, prepared?.records);
    const timings = { fetchMs: fetched - started, buildMs: built - fetched, packMs: performance.now() - built, sourcesDeferred: sourcesDeferred === true };
    // The display order too (a sort of every report by province and district), so the page does not sort.
    const order = prepared?.order ?? displayOrder(dataset.reports);
    post({ type: 'dataset', packed, issues, timings, order }, [...transfer, order.buffer]);
    // Computed when the page asks, once its first screen is drawn: on two cores, a second of work here
    // while the page draws would slow the drawing down.
    await findingsAsked;
    const findings = findInconsistencies(dataset);
    for (let at = 0; at < findings.length || at === 0; at += FINDINGS_PER_MESSAGE) {
      const part = packRecords(findings.slice(at, at + FINDINGS_PER_MESSAGE));
      post({ type: 'findings', findings: part, done: at + FINDINGS_PER_MESSAGE >= findings.length }, recordBuffers(part));
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
