import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetFrame } from '../data/buildDataset';
import { readObservations, SECOND_START_WAIT_MS, SPLIT_MIN_BYTES } from './readObservations';

/** A stand-in for the second reader's worker: it records what it is sent and answers when told to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Its script runs: it says so, as observationPartWorker.ts does. */
  start() {
    this.onmessage?.({ data: { type: 'started' } } as MessageEvent);
  }
  fail() {
    this.onerror?.({ message: 'no script', preventDefault() {} } as ErrorEvent);
  }
}

/** A large observations.csv whose body never ends: only the moments before reading are looked at here. */
function largeFile(): Response {
  return new Response(new ReadableStream({ start() {} }), { headers: { 'Content-Length': String(SPLIT_MIN_BYTES * 4) } });
}

/** Starts a read whose small files, once parsed, cannot be (the read then ends), and counts the parses. */
function startRead() {
  const parseFrame = vi.fn((): Promise<DatasetFrame> => Promise.reject(new Error('stop here')));
  const reading = readObservations('http://host/data/observations.csv', parseFrame, 'observations.csv');
  reading.catch(() => {});
  return { parseFrame, reading };
}

describe('readObservations before its first row', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('fetch', vi.fn(async () => largeFile()));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts the second reader and parses the small files only once its script runs', async () => {
    const { parseFrame, reading } = startRead();
    await vi.advanceTimersByTimeAsync(SECOND_START_WAIT_MS / 2);
    expect(FakeWorker.made).toHaveLength(1);
    // It is sent the file and where its part starts, about half way.
    expect(FakeWorker.made[0].sent).toEqual([{ type: 'fetch', url: 'http://host/data/observations.csv', from: expect.any(Number) }]);
    const { from } = FakeWorker.made[0].sent[0] as { from: number };
    expect(from).toBeGreaterThan(SPLIT_MIN_BYTES);
    expect(from).toBeLessThan(SPLIT_MIN_BYTES * 3);
    // The parse would hold this worker's thread, and a worker started by a worker needs its turns to start.
    expect(parseFrame).not.toHaveBeenCalled();
    FakeWorker.made[0].start();
    await vi.advanceTimersByTimeAsync(0);
    expect(parseFrame).toHaveBeenCalledTimes(1);
    await expect(reading).rejects.toThrow('stop here');
    // A read that ends before its rows ends the second reader too.
    expect(FakeWorker.made[0].terminated).toBe(true);
  });

  it('waits for the second reader at most SECOND_START_WAIT_MS', async () => {
    const { parseFrame } = startRead();
    await vi.advanceTimersByTimeAsync(SECOND_START_WAIT_MS - 1);
    expect(parseFrame).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(parseFrame).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a second reader that fails to start', async () => {
    const { parseFrame } = startRead();
    await vi.advanceTimersByTimeAsync(0);
    FakeWorker.made[0].fail();
    await vi.advanceTimersByTimeAsync(0);
    expect(parseFrame).toHaveBeenCalledTimes(1);
  });

  it('starts no second reader for a small file, and parses at once', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('report_id\n', { headers: { 'Content-Length': '10' } })));
    const { parseFrame } = startRead();
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeWorker.made).toHaveLength(0);
    expect(parseFrame).toHaveBeenCalledTimes(1);
  });
});
