/** Listens for the presentation's keys on the whole window, so a clicker works wherever focus is. */
import { useEffect } from 'react';
import { actionForKey, type KeyAction, type KeyTarget } from './presentKeys';

function targetKind(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return 'other';
  if (target.isContentEditable || target.closest('input, textarea, select')) return 'text';
  return target.closest('button, a[href], summary') ? 'control' : 'other';
}

/** Calls `onAction` for each key press the presentation handles, and keeps the browser from also acting on it. */
export function usePresentKeys(onAction: (action: KeyAction) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = actionForKey({
        key: event.key,
        shiftKey: event.shiftKey,
        modified: event.ctrlKey || event.altKey || event.metaKey,
        target: targetKind(event.target),
      });
      if (!action) return;
      event.preventDefault();
      onAction(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onAction]);
}
