/**
 * An analyst's files kept in this browser's IndexedDB, so they survive a reload. Nothing is ever sent to
 * a server. Where IndexedDB is missing or refuses (some private windows), reading finds no file and
 * saving fails with a message the files screen shows.
 */
import type { UserFile } from './readUserFile';

const DB_NAME = 'fazhi-dashboard';
const STORE = 'user-files';
const VERSION = 1;

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available in this browser'));
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'name' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Runs one transaction on the store and resolves with `read`'s result once it has committed. */
async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openDatabase();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** The files kept, oldest first; none when IndexedDB cannot be used. */
export async function readUserFiles(): Promise<UserFile[]> {
  try {
    const files = (await transact<UserFile[]>('readonly', (store) => store.getAll())) ?? [];
    return files.sort((a, b) => a.addedAt - b.addedAt);
  } catch {
    return [];
  }
}

/** Keeps files, replacing any of the same name. Rejects when the browser refuses (quota, no IndexedDB). */
export async function saveUserFiles(files: readonly UserFile[]): Promise<void> {
  if (files.length === 0) return;
  await transact('readwrite', (store) => {
    for (const file of files) store.put(file);
  });
}

/** Forgets one file. */
export async function deleteUserFile(name: string): Promise<void> {
  await transact('readwrite', (store) => store.delete(name));
}
