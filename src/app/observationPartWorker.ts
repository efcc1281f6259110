/**
 * The second reader of a large observations.csv (see readObservations.ts): it downloads the file's
 * second half by itself (an HTTP range; a server without ranges sends it all and the first half is
 * skipped), starts after the first line end at the cut, and checks its rows exactly as the dataset
 * worker checks its own, against the same small files. Its part goes back as columns, transferred.
 */
import { startDatasetBuild } from '../data/buildDataset';
import { columnBuffers } from '../data/columnBuilder';
import type { RowStream } from '../data/parseCsv';
import { cutAfterLineFeed } from './byteCut';
import type { PartMessage, PartRequest } from './datasetWorkerProtocol';

const post = (message: PartMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

let stream: RowStream | undefined;
let build: ReturnType<typeof startDatasetBuild> | undefined;
const waiting: string[] = [];
let downloaded: Promise<void> | undefined;

const feed = (text: string) => (stream ? stream.feed(text) : waiting.push(text));

async function download(url: string, from: number): Promise<void> {
  const response = await fetch(url, { headers: { Range: `bytes=${from}-` } });
  if (response.status !== 206 && response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
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
    feed(decoder.decode(bytes, { stream: true }));
  }
  feed(decoder.decode());
}

self.onmessage = async (event: MessageEvent<PartRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'fetch') {
      downloaded = download(request.url, request.from);
      downloaded.catch(() => {});
      return;
    }
    build = startDatasetBuild(request.frame);
    stream = build.startPart(request.file);
    stream.feed(request.header);
    for (const text of waiting.splice(0)) stream.feed(text);
    await downloaded;
    stream.end();
    const part = build.takePart();
    post({ type: 'part', part, plain: stream.plain() }, columnBuffers(part.columns));
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
