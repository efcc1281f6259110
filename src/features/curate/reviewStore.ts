/**
 * The reviews kept in this browser: each review's text and state in IndexedDB, written after every
 * decision, so a reload or a crash loses nothing. Writes go one after another in the order they were
 * made; after each, other tabs hear of it on a BroadcastChannel and read the review again. This module
 * alone opens the review database; it is apart from the person's data files (data/userFileStore.ts).
 */
import { openDB, type IDBPDatabase } from 'idb';
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

let database: Promise<IDBPDatabase> | undefined;

/** The review database, opened once (again after a failure). */
function open(): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available in this browser'));
  database ??= openDB(DB_NAME, 1, { upgrade: (db) => db.createObjectStore(STORE, { keyPath: 'id' }) }).catch((error) => {
    database = undefined;
    throw error;
  });
  return database;
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
  const reviews: SavedReview[] = await (await open()).getAll(STORE);
  return reviews.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** One review, or undefined when it is not kept (deleted in another tab). */
export async function readReview(id: string): Promise<SavedReview | undefined> {
  return (await open()).get(STORE, id);
}

/** Writes a review (after any write still under way) and tells the other tabs. */
export function saveReview(review: SavedReview): Promise<void> {
  return queue(async () => {
    await (await open()).put(STORE, review);
    channel?.postMessage({ id: review.id, revision: review.revision } satisfies ReviewNotice);
  });
}

/** Forgets a review and tells the other tabs. */
export function deleteReview(id: string): Promise<void> {
  return queue(async () => {
    await (await open()).delete(STORE, id);
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
