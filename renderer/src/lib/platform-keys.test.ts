import { describe, expect, it } from 'vitest';
import { ariaKeys, keyLabel } from './platform-keys';

describe('shortcut labels', () => {
  it('write a shortcut the way a Mac keyboard does', () => {
    expect(keyLabel('Mod+L', true)).toBe('⌘L');
    expect(keyLabel('Mod+Enter', true)).toBe('⌘↵');
    expect(keyLabel('Mod-Shift-8', true)).toBe('⌘⇧8');
    expect(keyLabel('Mod+z', true)).toBe('⌘Z');
  });

  it('and the way other keyboards do', () => {
    expect(keyLabel('Mod+L', false)).toBe('Ctrl+L');
    expect(keyLabel('Mod+Enter', false)).toBe('Ctrl+Enter');
    expect(keyLabel('Mod-Shift-8', false)).toBe('Ctrl+Shift+8');
    expect(keyLabel('F8', false)).toBe('F8');
  });

  it('name the keys for aria-keyshortcuts', () => {
    expect(ariaKeys('Mod-b', true)).toBe('Meta+B');
    expect(ariaKeys('Mod-Shift-8', false)).toBe('Control+Shift+8');
  });
});
