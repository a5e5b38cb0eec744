import { describe, expect, it } from 'vitest';
import { menuKeyTarget } from './menu-keys';

describe('menuKeyTarget', () => {
  it('moves with the arrows, wrapping around, and jumps with Home and End', () => {
    expect(menuKeyTarget('ArrowDown', 0, 4)).toBe(1);
    expect(menuKeyTarget('ArrowDown', 3, 4)).toBe(0);
    expect(menuKeyTarget('ArrowUp', 0, 4)).toBe(3);
    expect(menuKeyTarget('Home', 2, 4)).toBe(0);
    expect(menuKeyTarget('End', 0, 4)).toBe(3);
  });

  it('starts at an end when no item has the focus, closes on Escape, ignores other keys', () => {
    expect(menuKeyTarget('ArrowDown', -1, 4)).toBe(0);
    expect(menuKeyTarget('ArrowUp', -1, 4)).toBe(3);
    expect(menuKeyTarget('Escape', 1, 4)).toBe('close');
    expect(menuKeyTarget('a', 1, 4)).toBeNull();
    expect(menuKeyTarget('ArrowDown', -1, 0)).toBeNull();
  });
});
