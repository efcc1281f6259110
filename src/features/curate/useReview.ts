/**
 * The review on screen, kept in step with the review store: every action goes through the pure reducer,
 * is shown at once and written to IndexedDB; a newer copy written by another tab replaces it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Extraction } from './extraction';
import { reviewReducer, startReview, type ReportDraft, type ReviewAction } from './reviewState';
import { deleteReview, listReviews, onReviewChanged, readReview, saveReview, type SavedReview } from './reviewStore';

export interface ReviewSession {
  /** False until the store has been read. */
  ready: boolean;
  review: SavedReview | undefined;
  /** Every review kept, the most recently changed first. */
  saved: SavedReview[];
  /** Why the last write failed, if it did. */
  storeError: string | null;
  dispatch: (action: ReviewAction) => void;
  /** Starts a review of an extraction, with what is known of its report beyond the text (its English name). */
  start: (fileName: string, extraction: Extraction, known?: Partial<ReportDraft>) => void;
  open: (id: string) => void;
  close: () => void;
  remove: (id: string) => void;
  update: (change: Partial<Pick<SavedReview, 'joined'>>) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useReview(): ReviewSession {
  const [ready, setReady] = useState(false);
  const [review, setReview] = useState<SavedReview | undefined>();
  const [saved, setSaved] = useState<SavedReview[]>([]);
  const [storeError, setStoreError] = useState<string | null>(null);
  // The review as last set: keys pressed faster than React draws each act on the one before.
  const latest = useRef<SavedReview | undefined>(undefined);

  const show = useCallback((next: SavedReview | undefined) => {
    latest.current = next;
    setReview(next);
  }, []);
  const refreshList = useCallback(() => listReviews().then(setSaved, () => setSaved([])), []);
  const write = useCallback(
    (next: SavedReview) => {
      show(next);
      return saveReview(next).then(
        () => setStoreError(null),
        (error) => setStoreError(message(error)),
      );
    },
    [show],
  );

  useEffect(() => {
    let live = true;
    listReviews()
      .then((reviews) => {
        if (!live) return;
        setSaved(reviews);
        // A reload or a crash reopens the review last worked on.
        if (!latest.current) show(reviews[0]);
      })
      .catch((error) => live && setStoreError(message(error)))
      .finally(() => live && setReady(true));
    const stop = onReviewChanged(async (notice) => {
      refreshList();
      const mine = latest.current;
      if (!mine || notice.id !== mine.id) return;
      if (notice.deleted) return show(undefined);
      if (notice.revision <= mine.revision) return;
      const newer = await readReview(notice.id).catch(() => undefined);
      if (newer && latest.current?.id === newer.id && newer.revision > latest.current.revision) show(newer);
    });
    return () => {
      live = false;
      stop();
    };
  }, [show, refreshList]);

  const dispatch = useCallback(
    (action: ReviewAction) => {
      const current = latest.current;
      if (!current) return;
      const state = reviewReducer(current.state, action);
      if (state === current.state) return;
      // Moving from item to item is saved too: a reload comes back to the item under review.
      write({ ...current, state, updatedAt: Date.now(), revision: current.revision + 1 });
    },
    [write],
  );
  const start = useCallback(
    (fileName: string, extraction: Extraction, known: Partial<ReportDraft> = {}) => {
      const now = Date.now();
      const id = `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const state = reviewReducer(startReview(extraction), { type: 'setReport', change: known });
      write({ id, fileName, text: extraction.text, state, createdAt: now, updatedAt: now, revision: 1 }).then(refreshList);
    },
    [write, refreshList],
  );
  const open = useCallback((id: string) => readReview(id).then(show, (error) => setStoreError(message(error))), [show]);
  const close = useCallback(() => {
    show(undefined);
    refreshList();
  }, [show, refreshList]);
  const remove = useCallback(
    (id: string) => {
      if (latest.current?.id === id) show(undefined);
      deleteReview(id).then(refreshList, (error) => setStoreError(message(error)));
    },
    [show, refreshList],
  );
  const update = useCallback(
    (change: Partial<Pick<SavedReview, 'joined'>>) => {
      const current = latest.current;
      if (current) write({ ...current, ...change, updatedAt: Date.now(), revision: current.revision + 1 });
    },
    [write],
  );
  return { ready, review, saved, storeError, dispatch, start, open, close, remove, update };
}
