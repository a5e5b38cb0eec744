import { describe, expect, it } from 'vitest';
import { isNextOwedKey, NEXT_OWED_SHORTCUT } from './next-owed-shortcut';

const press = (key: string, code: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) =>
  ({ key, code, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...modifiers }) as KeyboardEvent;

describe('the "next owed" shortcut', () => {
  it('is Alt+N alone; with Ctrl, ⌘ or Shift it is something else', () => {
    expect(isNextOwedKey(press('n', 'KeyN', { altKey: true }), false)).toBe(true);
    expect(isNextOwedKey(press('N', 'KeyN', { altKey: true }), false)).toBe(true);
    expect(isNextOwedKey(press('n', 'KeyN'), false)).toBe(false);
    expect(isNextOwedKey(press('n', 'KeyN', { altKey: true, ctrlKey: true }), false)).toBe(false);
    expect(isNextOwedKey(press('n', 'KeyN', { altKey: true, metaKey: true }), false)).toBe(false);
    expect(isNextOwedKey(press('N', 'KeyN', { altKey: true, shiftKey: true }), false)).toBe(false);
  });

  it('on a Mac, ⌥N types a dead key: the key N itself counts there', () => {
    expect(isNextOwedKey(press('Dead', 'KeyN', { altKey: true }), true)).toBe(true);
    expect(isNextOwedKey(press('Dead', 'KeyN', { altKey: true }), false)).toBe(false);
    // Another layout's N (the key's letter, wherever it sits) works everywhere.
    expect(isNextOwedKey(press('n', 'KeyB', { altKey: true }), false)).toBe(true);
  });

  it('is announced for assistive technology as Alt+N', () => {
    expect(NEXT_OWED_SHORTCUT.aria).toBe('Alt+N');
  });
});
