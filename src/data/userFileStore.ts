/**
 * An analyst's files kept in this browser's IndexedDB, so they survive a reload. Nothing is ever sent to
 * a server. A kept file has an identity of its own, not its name: two files of the same name are kept
 * side by side, and each carries the load number that orders it (`seq`), so the order of the files, and
 * which of two files is credited with a row both hold, are the same after a reload. Where IndexedDB is
 * missing or refuses (some private windows), reading finds no file and saving fails with a message.
 */
import { openDB, type IDBPDatabase } from 'idb';
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
function migrateLegacy(legacy: UserFile[]): StoredFile[] {
  return legacy.sort((a, b) => a.addedAt - b.addedAt || (a.name < b.name ? -1 : 1)).map((file, i) => ({ ...file, hash: file.hash ?? '', id: `${i + 1}`, seq: i + 1 }));
}

async function openDatabase(): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser');
  return new Promise((resolve, reject) => {
    openDB(DB_NAME, VERSION, {
      async upgrade(db, _from, _to, transaction) {
        const store = db.createObjectStore(STORE, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(LEGACY_STORE)) return;
        await Promise.all(migrateLegacy(await transaction.objectStore(LEGACY_STORE).getAll()).map((file) => store.put(file)));
        db.deleteObjectStore(LEGACY_STORE);
      },
      blocked: () => reject(new Error('IndexedDB is blocked by another tab')),
      // Another tab opening a newer version closes this connection rather than blocking it.
      blocking: (_version, _newVersion, event) => (event.target as IDBDatabase).close(),
    }).then(resolve, reject);
  });
}

/** Runs `work` on the database, closed once it is done. */
async function withDatabase<T>(work: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await work(db);
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
  const files: StoredFile[] = await withDatabase((db) => db.getAll(STORE));
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
  return withDatabase(async (db) => {
    const transaction = db.transaction(STORE, 'readwrite');
    const plan = planStore(await transaction.store.getAll(), files);
    await Promise.all([...plan.stored.map((file) => transaction.store.put(file)), transaction.done]);
    return plan;
  });
}

/** Forgets one file, by its identity. */
export function deleteUserFile(id: string): Promise<void> {
  return withDatabase((db) => db.delete(STORE, id));
}
