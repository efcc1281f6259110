import { describe, expect, it } from 'vitest';
import type { DataIssue } from './issue';
import type { AppData } from './loadAppDataset';
import type { UserFile } from './readUserFile';
import { createUserFileQueue, type DroppedFile, type QueueDeps } from './userFileQueue';
import { planStore, type StoredFile } from './userFileStore';

const dropped = (name: string, content = name): DroppedFile => ({ name, size: content.length, arrayBuffer: async () => new TextEncoder().encode(content).buffer as ArrayBuffer });

/** A store in memory with the browser store's rules (planStore), and reads that wait until released. */
function fakeDeps(options: { storeFails?: boolean } = {}) {
  let kept: StoredFile[] = [];
  const gates: (() => void)[] = [];
  const published: string[][] = [];
  let changes = 0;
  const deps: QueueDeps = {
    readKept: async () => [...kept],
    store: async (files) => {
      if (options.storeFails) throw new Error('quota');
      const plan = planStore(kept, files);
      kept = [...kept, ...plan.stored];
      return plan;
    },
    remove: async (id) => {
      kept = kept.filter((file) => file.id !== id);
    },
    readUploads: (uploads) =>
      new Promise((resolve) => {
        const files = uploads.map((upload): UserFile => {
          const text = new TextDecoder().decode(upload.buffer);
          return { name: upload.name, kind: 'observations', text, encoding: 'utf-8', size: upload.buffer.byteLength, addedAt: 1, hash: text };
        });
        gates.push(() => resolve({ files, issues: [] }));
      }),
    build: async (files) => {
      published.push(files.map((file) => `${file.seq}:${file.name}`));
      return { user: { files: [], rejected: [] }, issues: [] } as unknown as AppData;
    },
    refuseEarly: (file) => (file.size > 100 ? ({ file: file.name, code: 'fileTooLarge' } as DataIssue) : undefined),
    changed: () => changes++,
  };
  const release = async () => {
    while (gates.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    gates.shift()!();
  };
  return { deps, published, release, kept: () => kept.map((file) => `${file.seq}:${file.name}`), changes: () => changes };
}

describe('the user file queue', () => {
  it('runs operations one after another, each on the store as the one before left it', async () => {
    const fake = fakeDeps();
    const queue = createUserFileQueue(fake.deps);
    const first = queue.add([dropped('a.csv')]);
    const second = queue.add([dropped('b.csv')]);
    expect(queue.getState().pending).toBe(2);
    await fake.release();
    await first;
    await fake.release();
    await second;
    await queue.remove(`1-a.csv`);
    expect(fake.kept()).toEqual(['2:b.csv']);
    expect(fake.published).toEqual([['1:a.csv'], ['1:a.csv', '2:b.csv'], ['2:b.csv']]);
    expect(queue.getState()).toEqual({ pending: 0, finished: 3, progress: null, notices: [] });
    expect(fake.changes()).toBe(3);
  });

  it('keeps a different file of the same name beside the first, and stores the identical file once', async () => {
    const fake = fakeDeps();
    const queue = createUserFileQueue(fake.deps);
    const adding = queue.add([dropped('observations.csv', 'district A'), dropped('observations.csv', 'district B')]);
    await fake.release();
    await adding;
    const again = queue.add([dropped('observations.csv', 'district A')]);
    await fake.release();
    await again;
    expect(fake.kept()).toEqual(['1:observations.csv', '2:observations.csv']);
    expect(queue.getState().notices).toEqual([{ kind: 'same', files: ['observations.csv'] }]);
  });

  it('publishes the files the store refused, for this page, and says they were not kept', async () => {
    const fake = fakeDeps({ storeFails: true });
    const queue = createUserFileQueue(fake.deps);
    const adding = queue.add([dropped('a.csv')]);
    await fake.release();
    await adding;
    expect(fake.published).toEqual([['1:a.csv']]);
    expect(queue.getState().notices).toEqual([{ kind: 'storeFailed', detail: 'quota' }]);
    await queue.remove('unstored-1-a.csv');
    expect(fake.published.at(-1)).toEqual([]);
  });

  it('refuses a file too large before reading it, and reads the others', async () => {
    const fake = fakeDeps();
    const queue = createUserFileQueue(fake.deps);
    const issues: DataIssue[][] = [];
    queue.onData((data) => issues.push(data.issues));
    const adding = queue.add([dropped('huge.csv', 'x'.repeat(101)), dropped('a.csv')]);
    await fake.release();
    await adding;
    expect(fake.kept()).toEqual(['1:a.csv']);
    expect(issues).toEqual([[{ file: 'huge.csv', code: 'fileTooLarge' }]]);
  });

  it('tells subscribers of every change and serves one refresh for several asked while one waits', async () => {
    const fake = fakeDeps();
    const queue = createUserFileQueue(fake.deps);
    let calls = 0;
    queue.subscribe(() => calls++);
    const adding = queue.add([dropped('a.csv')]);
    const refreshes = [queue.refresh(), queue.refresh(), queue.refresh()];
    expect(queue.getState().pending).toBe(2);
    await fake.release();
    await Promise.all([adding, ...refreshes]);
    expect(fake.published).toEqual([['1:a.csv'], ['1:a.csv']]);
    expect(calls).toBeGreaterThan(3);
  });

  it('goes on with the next operation after one fails, and says what failed', async () => {
    const fake = fakeDeps();
    fake.deps.remove = async () => {
      throw new Error('blocked');
    };
    const queue = createUserFileQueue(fake.deps);
    await queue.remove('1-x');
    expect(queue.getState().notices).toEqual([{ kind: 'failed', detail: 'blocked' }]);
    const adding = queue.add([dropped('a.csv')]);
    await fake.release();
    await adding;
    expect(fake.kept()).toEqual(['1:a.csv']);
  });
});
