/**
 * The second reader of a large observations.csv (see readObservations.ts): it downloads the file's
 * second half by itself (an HTTP range; a server without ranges sends it all and the first half is
 * skipped), starts after the first line end at the cut, and checks its rows exactly as the dataset
 * worker checks its own, against the small files as that worker parsed them (an ObservationFrame: it
 * does not parse them again). Its part goes back as columns, transferred.
 */
import { columnBuffers } from '../data/columnBuilder';
import { createObservationReader, type ObservationReader } from '../data/observationReader';
import type { RowStream } from '../data/parseCsv';
import { cutAfterLineFeed } from './byteCut';
import { fileVersion, type PartMessage, type PartRequest } from './datasetWorkerProtocol';

const post = (message: PartMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
post({ type: 'started' });

let reader: ObservationReader | undefined;
let stream: RowStream | undefined;
let header: string | undefined;
let downloaded: Promise<void> | undefined;
let version = '';
// Bytes of the part that arrived before the rows could be read (the frame and the header known).
const waiting: Uint8Array[] = [];

let file = 'observations.csv';
let finishing = false;

/** Starts reading once the frame and the header are known, with what has arrived. */
function startReading(): void {
  if (stream || !reader || header === undefined) return;
  stream = reader.startPart(file);
  stream.feed(header);
  for (const bytes of waiting.splice(0)) stream.feedBytes(bytes);
}

const feed = (bytes: Uint8Array) => (stream ? stream.feedBytes(bytes) : waiting.push(bytes));

async function download(url: string, from: number): Promise<void> {
  const response = await fetch(url, { headers: { Range: `bytes=${from}-` } });
  if (response.status !== 206 && response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  version = fileVersion(response);
  const reader = response.body!.getReader();
  // A 206 answer starts at `from`; a server that ignores ranges sends the file from its first byte.
  let position = response.status === 206 ? from : 0;
  let started = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    let bytes = value;
    if (!started) {
      const cut = cutAfterLineFeed(bytes, position, from);
      position += bytes.length;
      if (cut === -1) continue;
      started = true;
      bytes = bytes.subarray(cut);
    }
    feed(bytes);
  }
}

async function finish(): Promise<void> {
  await downloaded;
  startReading();
  stream!.end();
  const part = reader!.takePart();
  post({ type: 'part', part, plain: stream!.plain(), version }, columnBuffers(part.columns));
}

self.onmessage = (event: MessageEvent<PartRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'frame') {
      file = request.file;
      reader = createObservationReader(request.frame);
    } else if (request.type === 'fetch') {
      downloaded = download(request.url, request.from);
      downloaded.catch(() => {});
    } else header = request.header;
    startReading();
    // All three messages are in: the part is done once the download has ended.
    if (!finishing && downloaded && reader && header !== undefined) {
      finishing = true;
      finish().catch(fail);
    }
  } catch (error) {
    fail(error);
  }
};

function fail(error: unknown): void {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
