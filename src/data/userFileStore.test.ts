import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UserFile } from './readUserFile';
import { deleteUserFile, readUserFiles, readUserFilesOrFail, storeUserFiles } from './userFileStore';

const file = (name: string, addedAt: number, text = `text of ${name}`, hash = `h-${text}`): UserFile => ({
  name,
  kind: 'observations',
  text,
  encoding: 'utf-8',
  delimiter: ',',
  size: text.length,
  addedAt,
  hash,
});

/** Opens the database as version 1 of the page did: files kept by name in `user-files`. */
function keepAsVersion1(files: object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('fazhi-dashboard', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('user-files', { keyPath: 'name' });
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction('user-files', 'readwrite');
      for (const kept of files) transaction.objectStore('user-files').put(kept);
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

function storeNames(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('fazhi-dashboard');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const names = [...request.result.objectStoreNames];
      request.result.close();
      resolve(names);
    };
  });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('files kept by version 1 of the page', () => {
  it('are all kept after the upgrade, in the order they were added, then by name, and the old store is gone', async () => {
    // Files kept before fingerprints were taken have none.
    const withoutHash: Partial<UserFile> = file('b.csv', 100);
    delete withoutHash.hash;
    await keepAsVersion1([file('c.csv', 200), withoutHash, file('a.csv', 100)]);
    const kept = await readUserFilesOrFail();
    expect(kept.map(({ name, id, seq, hash }) => ({ name, id, seq, hash }))).toEqual([
      { name: 'a.csv', id: '1', seq: 1, hash: 'h-text of a.csv' },
      { name: 'b.csv', id: '2', seq: 2, hash: '' },
      { name: 'c.csv', id: '3', seq: 3, hash: 'h-text of c.csv' },
    ]);
    expect(kept[0]).toMatchObject({ text: 'text of a.csv', kind: 'observations', encoding: 'utf-8', delimiter: ',', addedAt: 100 });
    expect(await storeNames()).toEqual(['stored-files']);
  });

  it('are followed by files added after the upgrade, and survive a second opening', async () => {
    await keepAsVersion1([file('a.csv', 100)]);
    const { stored } = await storeUserFiles([file('a.csv', 300, 'other text')]);
    expect(stored.map((kept) => kept.seq)).toEqual([2]);
    expect((await readUserFiles()).map(({ name, seq, text }) => ({ name, seq, text }))).toEqual([
      { name: 'a.csv', seq: 1, text: 'text of a.csv' },
      { name: 'a.csv', seq: 2, text: 'other text' },
    ]);
  });
});

describe('the kept files', () => {
  it('are none at first', async () => {
    expect(await readUserFilesOrFail()).toEqual([]);
  });

  it('keep two files of the same name side by side, skip one identical to a kept one, and forget one by its identity', async () => {
    const first = await storeUserFiles([file('a.csv', 1), file('a.csv', 1, 'second')]);
    expect(first.stored.map((kept) => kept.id)).toEqual(['1-h-text of a.csv', '2-h-second']);
    const again = await storeUserFiles([file('a.csv', 2), file('b.csv', 2)]);
    expect(again.same.map((same) => same.name)).toEqual(['a.csv']);
    expect(again.stored.map((kept) => [kept.name, kept.seq])).toEqual([['b.csv', 3]]);
    await deleteUserFile('2-h-second');
    expect((await readUserFiles()).map((kept) => [kept.name, kept.seq])).toEqual([
      ['a.csv', 1],
      ['b.csv', 3],
    ]);
  });

  it('are none to read, and cannot be stored, where the browser has no IndexedDB', async () => {
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    expect(await readUserFiles()).toEqual([]);
    await expect(readUserFilesOrFail()).rejects.toThrow();
    await expect(storeUserFiles([file('a.csv', 1)])).rejects.toThrow();
  });
});
