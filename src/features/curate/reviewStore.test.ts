import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteReview, listReviews, onReviewChanged, readReview, saveReview, type ReviewNotice, type SavedReview } from './reviewStore';
import type { ReviewState } from './reviewState';

const review = (id: string, updatedAt: number, revision = 1): SavedReview => ({
  id,
  fileName: `${id}.txt`,
  text: `text of ${id}`,
  state: { id } as unknown as ReviewState,
  createdAt: 1,
  updatedAt,
  revision,
});

// Another tab, as the store's notices reach it.
const otherTab = new BroadcastChannel('fazhi-curate-reviews');
const heard: ReviewNotice[] = [];
otherTab.onmessage = (event: MessageEvent<ReviewNotice>) => heard.push(event.data);
afterAll(() => otherTab.close());

describe('the kept reviews', () => {
  it('are kept as written, listed the most recently changed first, and forgotten when deleted', async () => {
    await saveReview(review('a', 10));
    await saveReview(review('b', 30));
    await saveReview(review('c', 20));
    expect((await listReviews()).map((kept) => kept.id)).toEqual(['b', 'c', 'a']);
    expect(await readReview('c')).toEqual(review('c', 20));
    await deleteReview('c');
    expect(await readReview('c')).toBeUndefined();
    expect((await listReviews()).map((kept) => kept.id)).toEqual(['b', 'a']);
  });

  it('are written in the order the writes were made, the last one kept', async () => {
    const writes = [1, 2, 3, 4].map((revision) => saveReview(review('d', 40 + revision, revision)));
    await Promise.all(writes);
    expect((await readReview('d'))?.revision).toBe(4);
  });

  it('tell other tabs of every write and deletion, which a tab hears of', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toContainEqual({ id: 'a', revision: 1 });
    expect(heard).toContainEqual({ id: 'c', revision: -1, deleted: true });
    expect(heard.filter((notice) => notice.id === 'd').map((notice) => notice.revision)).toEqual([1, 2, 3, 4]);
    const told: ReviewNotice[] = [];
    const stop = onReviewChanged((notice) => told.push(notice));
    otherTab.postMessage({ id: 'e', revision: 7 } satisfies ReviewNotice);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(told).toEqual([{ id: 'e', revision: 7 }]);
  });
});
