/**
 * Reads observations.csv into a dataset build, in the dataset worker, while it downloads. A large file
 * (57 MB nationally) is read in two halves at once: this worker reads up to the cut (byteCut.ts) and a
 * second worker (observationPartWorker.ts) downloads and checks the rest; the parts are joined as if
 * read whole (observationParts.ts). Whenever the halves cannot be trusted to join (a quoted line break at
 * the cut, text that is not plain comma-separated, a second worker that fails, a file replaced between
 * the two requests), the file is read again whole, so the result is always exactly `buildDataset`'s.
 */
import { startDatasetBuild, type DatasetBuild, type DatasetFrame } from '../data/buildDataset';
import { fetchTextPieces } from '../data/loadDataset';
import type { ObservationPart } from '../data/observationParts';
import { cutAfterLineFeed } from './byteCut';
import { fileVersion, type PartMessage, type PartRequest } from './datasetWorkerProtocol';

/** Below this size one reader is quicker than starting a second. */
export const SPLIT_MIN_BYTES = 2 * 1024 * 1024;
/**
 * The share of the file this worker reads: more than half, since the second reader starts about 0.2 s
 * later (its script loads, and it waits for what this worker parses of the small files). Both read at
 * about the same speed; with this share the second part comes in just after this worker's own.
 */
const FIRST_SHARE = 0.58;

/** A reader of the file's second half in a worker of its own; undefined where none can start. */
function startSecondReader(): { worker: Worker; part: Promise<{ part: ObservationPart; plain: boolean; version: string }> } | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./observationPartWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  const part = new Promise<{ part: ObservationPart; plain: boolean; version: string }>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PartMessage>) => (event.data.type === 'part' ? resolve(event.data) : reject(new Error(event.data.message)));
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the second reader failed'));
    };
  });
  part.catch(() => {});
  return { worker, part };
}

/** Reads the whole file with one reader (the fallback, and the way for small files). */
async function readWhole(url: string, frame: DatasetFrame, file: string): Promise<DatasetBuild> {
  const build = startDatasetBuild(frame);
  const stream = build.observations(file);
  await fetchTextPieces(url, (piece) => stream.feed(piece));
  stream.end();
  return build;
}

/**
 * Reads `url` (observations.csv) against the frame; resolves to the build, ready to finish. `whileWaiting`
 * is called with the build when this worker has read its half and waits for the second reader's: work that
 * needs only the small files (the reports' display order, packing them) costs nothing there.
 */
export async function readObservations(url: string, framePromise: Promise<DatasetFrame>, file: string, whileWaiting?: (build: DatasetBuild) => void): Promise<DatasetBuild> {
  // The download starts at once, while the small files are still being parsed (rows cannot be checked
  // before they are): its first bytes and its size are here by the time the rows can be read.
  const answer = fetch(url);
  answer.catch(() => {});
  const response = await answer;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const size = Number(response.headers.get('Content-Length') ?? 0);
  const encoded = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  const cutFrom = Math.floor(size * FIRST_SHARE);
  const splittable = size >= SPLIT_MIN_BYTES && !encoded && response.body !== null;
  // A large file gets its second reader now: it loads its script and starts its own download while the
  // small files are parsed here.
  const second = splittable ? startSecondReader() : undefined;
  second?.worker.postMessage({ type: 'fetch', url, from: cutFrom } satisfies PartRequest);
  let frame: DatasetFrame;
  try {
    frame = await framePromise;
  } catch (error) {
    second?.worker.terminate();
    void response.body?.cancel();
    throw error;
  }
  const build = startDatasetBuild(frame);
  // What the rows are checked against, parsed once: the second reader does not parse the small files again.
  second?.worker.postMessage({ type: 'frame', frame: build.observationFrame(), file } satisfies PartRequest);
  const stream = build.observations(file);

  // The second half is read under the same header line, line end included: the first bytes are decoded
  // for it too, until its line feed.
  let header: string | undefined;
  let head = '';
  const headerDecoder = new TextDecoder();
  const findHeader = (text: string) => {
    head += text;
    const end = head.indexOf('\n');
    if (end === -1) return;
    header = head.slice(0, end + 1);
    second!.worker.postMessage({ type: 'header', header } satisfies PartRequest);
  };

  let cut = false;
  if (!response.body) {
    const text = await response.text();
    if (second) findHeader(text);
    stream.feed(text);
  } else {
    const reader = response.body.getReader();
    let position = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let bytes = value;
      if (second) {
        const at = cutAfterLineFeed(bytes, position, cutFrom);
        if (at !== -1) {
          bytes = bytes.subarray(0, at);
          cut = true;
        }
      }
      position += value.length;
      if (second && header === undefined) findHeader(headerDecoder.decode(bytes, { stream: true }));
      // Read as bytes: most lines are never decoded whole (csvRecordStream.ts).
      stream.feedBytes(bytes);
      if (cut) {
        void reader.cancel();
        break;
      }
    }
  }
  if (!second || !cut) {
    second?.worker.terminate();
    stream.end();
    return build;
  }
  // The first half must end on a record boundary, and the second must have been read as plain CSV.
  const nextLine = stream.boundary();
  whileWaiting?.(build);
  const joined = nextLine === undefined ? undefined : await second.part.catch(() => undefined);
  second.worker.terminate();
  if (nextLine === undefined || !joined?.plain || joined.version !== fileVersion(response)) return readWhole(url, frame, file);
  build.addPart(joined.part, file, nextLine - 2);
  return build;
}
