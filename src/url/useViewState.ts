/** The view state as React state, kept in step with the address: every change is a history entry. */
import { useCallback, useEffect, useState } from 'react';
import { parseHash, serialiseHash, type ViewState } from './viewState';

/** Returns the current view state and a function that navigates to a changed one. */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [state, setState] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    // Back, forward, an edited address; a change made by `navigate` is already on screen and kept as it is.
    const onHashChange = () => {
      const arrived = parseHash(window.location.hash);
      setState((current) => (serialiseHash(current) === serialiseHash(arrived) ? current : arrived));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback((change: Partial<ViewState>) => {
    const next = serialiseHash({ ...parseHash(window.location.hash), ...change });
    if (next === window.location.hash) return;
    window.location.hash = next;
    // The screen follows in the same event (a click or a choice renders at once), not a task later when
    // the browser reports the hash change: that is the latency from a filter change to the chart.
    setState(parseHash(next));
  }, []);
  return [state, navigate];
}
