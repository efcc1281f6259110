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
 * The share of the file this worker reads, about half: both readers start reading at about the same time
 * (the second's script runs before this worker parses the small files) and at about the same speed. A
 * little more than half: this worker's own part streams in from the start, while the second's download
 * starts later. Measured against 0.45 and 0.58 in alternating loads; both parts then come in together.
 */
const FIRST_SHARE = 0.52;

/**
 * How long this worker waits, at most, for the second reader's script to run before it parses the small
 * files: a worker started from a worker gets going only on its parent's idle turns, so a parse begun at
 * once would hold the second reader back for as long as it takes.
 */
export const SECOND_START_WAIT_MS = 100;

type Part = { part: ObservationPart; plain: boolean; version: string };

/** A reader of the file's second half in a worker of its own; undefined where none can start. */
function startSecondReader(): { worker: Worker; started: Promise<unknown>; part: Promise<Part> } | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./observationPartWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  let started: () => void = () => {};
  const running = new Promise<void>((resolve) => (started = resolve));
  const part = new Promise<Part>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PartMessage>) => {
      const message = event.data;
      if (message.type === 'started') started();
      else if (message.type === 'part') resolve(message);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the second reader failed'));
    };
  });
  part.catch(() => {});
  // Running, failed, or still loading after the longest wait: this worker goes on either way.
  const wait = new Promise((resolve) => setTimeout(resolve, SECOND_START_WAIT_MS));
  return { worker, started: Promise.race([running, part.catch(() => {}), wait]), part };
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
 * Reads `url` (observations.csv) against the frame that `parseFrame` parses (it is called once, when this
 * worker is ready to spend its time on it); resolves to the build, ready to finish. `whileWaiting` is called
 * with the build when this worker has read its half and waits for the second reader's: work that needs
 * only the small files (the reports' display order, packing them) costs nothing there.
 */
export async function readObservations(
  url: string,
  parseFrame: () => Promise<DatasetFrame>,
  file: string,
  whileWaiting?: (build: DatasetBuild) => void,
): Promise<DatasetBuild> {
  // The download starts first, and the small files are parsed while it comes in (rows cannot be checked
  // before they are): its first bytes and its size are here by the time the rows can be read.
  const answer = fetch(url);
  answer.catch(() => {});
  const response = await answer;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const size = Number(response.headers.get('Content-Length') ?? 0);
  const encoded = (response.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  const cutFrom = Math.floor(size * FIRST_SHARE);
  const splittable = size >= SPLIT_MIN_BYTES && !encoded && response.body !== null;
  // A large file gets its second reader now: once its script runs, it starts its own download while the
  // small files are parsed here.
  const second = splittable ? startSecondReader() : undefined;
  second?.worker.postMessage({ type: 'fetch', url, from: cutFrom } satisfies PartRequest);
  let frame: DatasetFrame;
  try {
    await second?.started;
    frame = await parseFrame();
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
