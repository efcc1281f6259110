import { describe, expect, it } from 'vitest';
import { keyCommand } from './curateKeys';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => keyCommand({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('keyCommand', () => {
  it.each([
    ['j', 'next'],
    ['ArrowDown', 'next'],
    ['K', 'previous'],
    ['ArrowUp', 'previous'],
    ['a', 'accept'],
    ['A', 'accept'],
    ['x', 'reject'],
    ['e', 'edit'],
    ['n', 'add'],
    ['u', 'undo'],
    ['Backspace', 'undo'],
    ['q', undefined],
    ['Enter', undefined],
  ])('reads %s as %s', (key, command) => {
    expect(press(key)).toBe(command);
  });

  it('undoes on Ctrl+Z and ⌘Z, and leaves other shortcuts with a modifier to the browser', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo');
    expect(press('z', { metaKey: true })).toBe('undo');
    expect(press('a', { ctrlKey: true })).toBeUndefined();
    expect(press('x', { altKey: true })).toBeUndefined();
  });
});
