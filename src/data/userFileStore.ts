/**
 * An analyst's files kept in this browser's IndexedDB, so they survive a reload. Nothing is ever sent to
 * a server. A kept file has an identity of its own, not its name: two files of the same name are kept
 * side by side, and each carries the load number that orders it (`seq`), so the order of the files, and
 * which of two files is credited with a row both hold, are the same after a reload. Where IndexedDB is
 * missing or refuses (some private windows), reading finds no file and saving fails with a message.
 */
import type { UserFile } from './readUserFile';

/** A file as kept: the file, its identity, and its place in the order of loading. */
export interface StoredFile extends UserFile {
  /** Unique among the kept files: the load number and the content's hash. */
  id: string;
  /** Load number: files are read, listed and credited in this order. */
  seq: number;
}

const DB_NAME = 'fazhi-dashboard';
/** Version 1 kept files by name (`user-files`), so a second file of the same name replaced the first. */
const LEGACY_STORE = 'user-files';
const STORE = 'stored-files';
const VERSION = 2;

const byLoadOrder = (a: StoredFile, b: StoredFile) => a.seq - b.seq;

/** Files kept by version 1, given load numbers in the order they were added (then by name, as they were listed). */
function migrateLegacy(legacy: UserFile[], store: IDBObjectStore): void {
  legacy
    .sort((a, b) => a.addedAt - b.addedAt || (a.name < b.name ? -1 : 1))
    .forEach((file, i) => store.put({ ...file, hash: file.hash ?? '', id: `${i + 1}`, seq: i + 1 }));
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available in this browser'));
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      const store = db.objectStoreNames.contains(STORE) ? request.transaction!.objectStore(STORE) : db.createObjectStore(STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(LEGACY_STORE)) return;
      const legacy = request.transaction!.objectStore(LEGACY_STORE).getAll();
      legacy.onsuccess = () => {
        migrateLegacy(legacy.result as UserFile[], store);
        db.deleteObjectStore(LEGACY_STORE);
      };
    };
    request.onsuccess = () => {
      // Another tab opening a newer version closes this connection rather than blocking it.
      request.result.onversionchange = () => request.result.close();
      resolve(request.result);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Runs one transaction on the store and resolves with what `work` gives once it has committed. */
async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore, done: (value: T) => void) => void): Promise<T> {
  const db = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      let result: T;
      work(transaction.objectStore(STORE), (value) => (result = value));
      transaction.oncomplete = () => resolve(result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** The files kept, in the order they were loaded; none when IndexedDB cannot be used. */
export async function readUserFiles(): Promise<StoredFile[]> {
  try {
    return await readUserFilesOrFail();
  } catch {
    return [];
  }
}

/** The files kept, in the order they were loaded; rejects when IndexedDB cannot be used. */
export async function readUserFilesOrFail(): Promise<StoredFile[]> {
  const files = await transact<StoredFile[]>('readonly', (store, done) => {
    const request = store.getAll();
    request.onsuccess = () => done(request.result as StoredFile[]);
  });
  return files.sort(byLoadOrder);
}

/** Whether two files are the same: the same name and the same bytes. */
export const isSameFile = (a: UserFile, b: UserFile) => a.name === b.name && a.hash === b.hash && a.size === b.size;

/**
 * Which of `files` to keep after the `kept` ones, with their load numbers and identities; a file identical
 * to one kept (or to one before it in `files`) is not kept again.
 */
export function planStore(kept: readonly StoredFile[], files: readonly UserFile[]): { stored: StoredFile[]; same: UserFile[] } {
  let seq = kept.reduce((max, file) => Math.max(max, file.seq), 0);
  const stored: StoredFile[] = [];
  const same: UserFile[] = [];
  for (const file of files) {
    if ([...kept, ...stored].some((other) => isSameFile(other, file))) same.push(file);
    else {
      seq += 1;
      stored.push({ ...file, id: `${seq}-${file.hash}`, seq });
    }
  }
  return { stored, same };
}

/**
 * Keeps new files after the ones kept, in one transaction (a tab adding at the same moment waits for it).
 * Resolves with the files stored and those identical to one already kept (`planStore`). Rejects when the
 * browser refuses (quota, no IndexedDB), and then nothing was stored.
 */
export function storeUserFiles(files: readonly UserFile[]): Promise<{ stored: StoredFile[]; same: UserFile[] }> {
  return transact('readwrite', (store, done) => {
    const request = store.getAll();
    request.onsuccess = () => {
      const plan = planStore(request.result as StoredFile[], files);
      for (const file of plan.stored) store.put(file);
      done(plan);
    };
  });
}

/** Forgets one file, by its identity. */
export async function deleteUserFile(id: string): Promise<void> {
  await transact<void>('readwrite', (store, done) => {
    store.delete(id);
    done(undefined);
  });
}
