/** The workbench's keys, Prodigy-style: one key per decision, and the same keys in both languages. */

export type KeyCommand = 'next' | 'previous' | 'accept' | 'reject' | 'edit' | 'add' | 'undo';

const KEYS: Record<string, KeyCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  a: 'accept',
  x: 'reject',
  e: 'edit',
  n: 'add',
  u: 'undo',
  Backspace: 'undo',
};

/**
 * The command of a key press, or undefined: letters count in either case and with no modifier but
 * Shift; Ctrl+Z (⌘Z) undoes as everywhere else.
 */
export function keyCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): KeyCommand | undefined {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z') return 'undo';
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
}

/** Whether a key pressed there belongs to a field being typed in, not to the workbench. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, form') !== null;
}
