/** The state of the analyst's file queue for a screen: read from the queue, never held by the screen. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { userFiles } from '../../data/userFiles';
import type { QueueState } from '../../data/userFileQueue';

/** Progress appears only for work that takes longer than this, so quick loads do not flicker. */
const PROGRESS_DELAY_MS = 300;

/** The queue's state, with progress shown once the work has taken more than a moment. */
export function useUserFileQueue(): QueueState & { busy: boolean; showProgress: boolean } {
  const state = useSyncExternalStore(userFiles.subscribe, userFiles.getState);
  const busy = state.pending > 0;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [busy]);
  return { ...state, busy, showProgress: busy && slow };
}
