/**
 * The presentation's keys as two pure steps: a key press → an action, then (position, action) → the next
 * position. Clickers send PageUp / PageDown, so those move like the arrows; digits then Enter jump.
 */

export type KeyAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'fullscreen' }
  | { type: 'escape' }
  | { type: 'digit'; digit: string }
  | { type: 'backspace' }
  | { type: 'enter' };

/** What the key landed on: a text field keeps every key, a button or link keeps Enter and Space. */
export type KeyTarget = 'text' | 'control' | 'other';

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  /** Ctrl, Alt or Meta: a browser shortcut, never a slide command. */
  modified?: boolean;
  target?: KeyTarget;
}

/** The action of a key press, or undefined when the presentation leaves the key to the browser. */
export function actionForKey({
  key,
  shiftKey = false,
  modified = false,
  target = 'other',
}: KeyPress): KeyAction | undefined {
  if (modified || target === 'text') return undefined;
  if (target === 'control' && (key === 'Enter' || key === ' ')) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return { type: shiftKey ? 'previous' : 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
      return { type: 'escape' };
    case 'Backspace':
      return { type: 'backspace' };
    case 'Enter':
      return { type: 'enter' };
  }
  return /^[0-9]$/.test(key) ? { type: 'digit', digit: key } : undefined;
}

export interface DeckPosition {
  /** 1-based slide in view. */
  slide: number;
  total: number;
  /** Digits typed towards a jump. */
  typed: string;
  /** The source panel is open over the slide (it closes itself on Esc). */
  panelOpen: boolean;
}

export interface KeyOutcome {
  slide: number;
  typed: string;
  effect?: 'leave' | 'fullscreen';
}

/** Where an action leads: a slide within the deck, the digits typed so far, and whether to leave or go full screen. */
export function applyKey(position: DeckPosition, action: KeyAction): KeyOutcome {
  const { slide, total, typed } = position;
  const at = (n: number) => Math.min(Math.max(n, 1), Math.max(total, 1));
  switch (action.type) {
    case 'next':
      return { slide: at(slide + 1), typed: '' };
    case 'previous':
      return { slide: at(slide - 1), typed: '' };
    case 'first':
      return { slide: 1, typed: '' };
    case 'last':
      return { slide: at(total), typed: '' };
    case 'fullscreen':
      return { slide, typed, effect: 'fullscreen' };
    case 'escape':
      // Esc peels one layer at a time: the open source panel, then a half-typed number, then the deck.
      if (position.panelOpen) return { slide, typed };
      if (typed !== '') return { slide, typed: '' };
      return { slide, typed, effect: 'leave' };
    case 'digit':
      return { slide, typed: (typed + action.digit).replace(/^0+/, '').slice(0, 4) };
    case 'backspace':
      return { slide, typed: typed.slice(0, -1) };
    case 'enter':
      return typed === '' ? { slide, typed } : { slide: at(Number(typed)), typed: '' };
  }
}
