/** The check of a review's accepted figures, run on request and known to be stale once the review changes. */
import { useCallback, useState } from 'react';
import { buildCurateFiles } from './buildCurateFiles';
import { checkCurateFiles } from './checkCurateFiles';
import type { PlacedIssues } from './placeIssues';
import type { SavedReview } from './reviewStore';

export interface RowCheck {
  /** The last check's result, with the revision of the review it checked. */
  result: { revision: number; placed: PlacedIssues } | null;
  checking: boolean;
  failure: string | null;
  run: () => void;
}

export function useRowCheck(review: SavedReview): RowCheck {
  const [result, setResult] = useState<RowCheck['result']>(null);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = useCallback(() => {
    const { revision } = review;
    setChecking(true);
    setFailure(null);
    checkCurateFiles(buildCurateFiles(review.state, review.text))
      .then((placed) => setResult({ revision, placed }))
      .catch((error) => setFailure(error instanceof Error ? error.message : String(error)))
      .finally(() => setChecking(false));
  }, [review]);
  // Another review opened: the result belonged to the one before.
  const [checkedId, setCheckedId] = useState(review.id);
  if (checkedId !== review.id) {
    setCheckedId(review.id);
    setResult(null);
  }
  return { result, checking, failure, run };
}
