import { describe, it, expect } from 'vitest';
import { actionForKey, applyKey, type DeckPosition, type KeyAction, type KeyPress } from './presentKeys';

describe('actionForKey', () => {
  it.each<[KeyPress, KeyAction['type'] | undefined]>([
    [{ key: 'ArrowRight' }, 'next'],
    [{ key: 'PageDown' }, 'next'],
    [{ key: ' ' }, 'next'],
    [{ key: ' ', shiftKey: true }, 'previous'],
    [{ key: 'ArrowLeft' }, 'previous'],
    [{ key: 'PageUp' }, 'previous'],
    [{ key: 'Home' }, 'first'],
    [{ key: 'End' }, 'last'],
    [{ key: 'f' }, 'fullscreen'],
    [{ key: 'F' }, 'fullscreen'],
    [{ key: 'Escape' }, 'escape'],
    [{ key: 'Enter' }, 'enter'],
    [{ key: 'Backspace' }, 'backspace'],
    [{ key: '7' }, 'digit'],
    [{ key: 'a' }, undefined],
    [{ key: 'Tab' }, undefined],
    [{ key: 'ArrowDown' }, undefined],
  ])('reads %j as %s', (press, type) => {
    expect(actionForKey(press)?.type).toBe(type);
  });

  it('carries the digit typed', () => {
    expect(actionForKey({ key: '4' })).toEqual({ type: 'digit', digit: '4' });
  });

  it('leaves browser shortcuts alone', () => {
    expect(actionForKey({ key: 'f', modified: true })).toBeUndefined();
    expect(actionForKey({ key: 'ArrowLeft', modified: true })).toBeUndefined();
  });

  it('leaves every key to a text field, and Enter and Space to a focused button or link', () => {
    expect(actionForKey({ key: 'ArrowRight', target: 'text' })).toBeUndefined();
    expect(actionForKey({ key: '3', target: 'text' })).toBeUndefined();
    expect(actionForKey({ key: 'Enter', target: 'control' })).toBeUndefined();
    expect(actionForKey({ key: ' ', target: 'control' })).toBeUndefined();
    expect(actionForKey({ key: 'PageDown', target: 'control' })).toEqual({ type: 'next' });
  });
});

describe('applyKey', () => {
  const at = (slide: number, change: Partial<DeckPosition> = {}): DeckPosition => ({
    slide,
    total: 14,
    typed: '',
    panelOpen: false,
    ...change,
  });

  it.each<[number, KeyAction, number]>([
    [3, { type: 'next' }, 4],
    [14, { type: 'next' }, 14],
    [3, { type: 'previous' }, 2],
    [1, { type: 'previous' }, 1],
    [7, { type: 'first' }, 1],
    [7, { type: 'last' }, 14],
  ])('from slide %i, %j goes to %i and stays within the deck', (slide, action, expected) => {
    expect(applyKey(at(slide), action)).toEqual({ slide: expected, typed: '' });
  });

  it('jumps to a typed number on Enter, clamped to the deck', () => {
    let position = at(5);
    for (const digit of '12') position = { ...position, ...applyKey(position, { type: 'digit', digit }) };
    expect(position.typed).toBe('12');
    expect(applyKey(position, { type: 'enter' })).toEqual({ slide: 12, typed: '' });
    expect(applyKey(at(5, { typed: '99' }), { type: 'enter' })).toEqual({ slide: 14, typed: '' });
    expect(applyKey(at(5, { typed: '' }), { type: 'enter' })).toEqual({ slide: 5, typed: '' });
  });

  it('drops leading zeros and keeps at most four digits, and Backspace takes one back', () => {
    expect(applyKey(at(1), { type: 'digit', digit: '0' }).typed).toBe('');
    expect(applyKey(at(1, { typed: '1234' }), { type: 'digit', digit: '5' }).typed).toBe('1234');
    expect(applyKey(at(1, { typed: '12' }), { type: 'backspace' }).typed).toBe('1');
  });

  it('forgets a half-typed number when the slide moves', () => {
    expect(applyKey(at(3, { typed: '1' }), { type: 'next' })).toEqual({ slide: 4, typed: '' });
  });

  it('peels Esc one layer at a time: the source panel, then the typed number, then the deck', () => {
    expect(applyKey(at(3, { panelOpen: true, typed: '2' }), { type: 'escape' })).toEqual({ slide: 3, typed: '2' });
    expect(applyKey(at(3, { typed: '2' }), { type: 'escape' })).toEqual({ slide: 3, typed: '' });
    expect(applyKey(at(3), { type: 'escape' })).toEqual({ slide: 3, typed: '', effect: 'leave' });
  });

  it('asks for full screen without moving', () => {
    expect(applyKey(at(3), { type: 'fullscreen' })).toEqual({ slide: 3, typed: '', effect: 'fullscreen' });
  });
});
