/**
 * Where a key moves the focus in a menu of `count` items, from item `current`: another item (the
 * arrows wrap around, Home and End jump), `close` for Escape, null for a key the menu leaves alone.
 */
export function menuKeyTarget(key: string, current: number, count: number): number | 'close' | null {
  if (count === 0) return key === 'Escape' ? 'close' : null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/**
 * A menu's keydown, the same for every menu: Tab leaves it (`onLeave`), the arrows, Home and End
 * move between its `role="menuitem…"` entries (checkbox items too), Escape calls `onClose`.
 */
export function onMenuKeyDown(
  event: { key: string; currentTarget: HTMLElement; preventDefault(): void; stopPropagation(): void },
  onClose: () => void,
  onLeave: () => void,
): void {
  if (event.key === 'Tab') return onLeave();
  const all = [...event.currentTarget.querySelectorAll<HTMLElement>('[role^="menuitem"]')];
  const target = menuKeyTarget(event.key, all.indexOf(document.activeElement as HTMLElement), all.length);
  if (target === null) return;
  event.preventDefault();
  event.stopPropagation();
  if (target === 'close') onClose();
  else all[target]?.focus();
}
