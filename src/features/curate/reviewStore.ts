/**
 * The reviews kept in this browser: each review's text and state in IndexedDB, written after every
 * decision, so a reload or a crash loses nothing. Writes go one after another in the order they were
 * made; after each, other tabs hear of it on a BroadcastChannel and read the review again. This module
 * alone opens the review database; it is apart from the person's data files (data/userFileStore.ts).
 */
import type { ReviewState } from './reviewState';

/** One review as it is kept. */
export interface SavedReview {
  id: string;
  /** The file the text came from, or '' for pasted text. */
  fileName: string;
  text: string;
  state: ReviewState;
  createdAt: number;
  updatedAt: number;
  /** Grows by one with every write, so a tab can tell a newer copy from its own. */
  revision: number;
  /** Set once the figures joined the person's data, with the report id they joined as. */
  joined?: { reportId: string; at: number };
}

/** What other tabs hear after a write: which review, at which revision (or that it was deleted). */
export interface ReviewNotice {
  id: string;
  revision: number;
  deleted?: boolean;
}

const DB_NAME = 'fazhi-curate';
const STORE = 'reviews';
const CHANNEL = 'fazhi-curate-reviews';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available in this browser'));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

let database: Promise<IDBDatabase> | undefined;

/** Runs one request in its own transaction and resolves once that has committed. */
async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  database ??= openDatabase().catch((error) => {
    database = undefined;
    throw error;
  });
  const db = await database;
  return new Promise<T>((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
const tail: { last: Promise<unknown> } = { last: Promise.resolve() };

/** Queues a write after the ones before it; a failed write does not stop the next. */
function queue<T>(write: () => Promise<T>): Promise<T> {
  const next = tail.last.then(write, write);
  tail.last = next.catch(() => {});
  return next;
}

/** Every review kept, the most recently changed first. */
export async function listReviews(): Promise<SavedReview[]> {
  const reviews = await run<SavedReview[]>('readonly', (store) => store.getAll());
  return reviews.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** One review, or undefined when it is not kept (deleted in another tab). */
export async function readReview(id: string): Promise<SavedReview | undefined> {
  return run<SavedReview | undefined>('readonly', (store) => store.get(id));
}

/** Writes a review (after any write still under way) and tells the other tabs. */
export function saveReview(review: SavedReview): Promise<void> {
  return queue(async () => {
    await run('readwrite', (store) => store.put(review));
    channel?.postMessage({ id: review.id, revision: review.revision } satisfies ReviewNotice);
  });
}

/** Forgets a review and tells the other tabs. */
export function deleteReview(id: string): Promise<void> {
  return queue(async () => {
    await run('readwrite', (store) => store.delete(id));
    channel?.postMessage({ id, revision: -1, deleted: true } satisfies ReviewNotice);
  });
}

/** Calls `listener` whenever another tab has written or deleted a review; returns the way to stop. */
export function onReviewChanged(listener: (notice: ReviewNotice) => void): () => void {
  if (!channel) return () => {};
  const handle = (event: MessageEvent<ReviewNotice>) => listener(event.data);
  channel.addEventListener('message', handle);
  return () => channel.removeEventListener('message', handle);
}
