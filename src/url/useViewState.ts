/** The view state as React state, kept in step with the address: every change is a history entry. */
import { useCallback, useEffect, useState } from 'react';
import { parseHash, serialiseHash, type ViewState } from './viewState';

/** Returns the current view state and a function that navigates to a changed one. */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [state, setState] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setState(parseHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback((change: Partial<ViewState>) => {
    const next = serialiseHash({ ...parseHash(window.location.hash), ...change });
    if (next !== window.location.hash) window.location.hash = next;
  }, []);
  return [state, navigate];
}
