/** The dashboard's keyboard: which key does what, kept apart from the components so it is listed and tested once. */

export type RowCommand =
  | { type: 'move'; by: number }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'grid-first' }
  | { type: 'grid-last' }
  | { type: 'cell'; by: 1 | -1 }
  | { type: 'open' }
  | { type: 'sent' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'person' }
  | { type: 'select' }
  | { type: 'select-all' }
  | { type: 'clear-selection' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Rows a Page Up / Page Down moves by. */
export const PAGE_ROWS = 10;

/**
 * What a key pressed in the grid means, or null to let the browser have it. The grid decides
 * where a move goes: ↑/↓ keep the column; Home/End go to the first/last row when the row itself
 * has focus, to the first/last cell of the row when a cell does (as in the ARIA grid pattern).
 */
export function rowCommand(event: KeyLike): RowCommand | null {
  const { key, ctrlKey, metaKey, altKey } = event;
  if (altKey) return null;
  if (ctrlKey || metaKey) {
    if (key.toLowerCase() === 'a') return { type: 'select-all' };
    if (key === 'Home') return { type: 'grid-first' };
    if (key === 'End') return { type: 'grid-last' };
    return null;
  }
  switch (key) {
    case 'ArrowRight':
      return { type: 'cell', by: 1 };
    case 'ArrowLeft':
      return { type: 'cell', by: -1 };
    case 'ArrowDown':
    case 'j':
      return { type: 'move', by: 1 };
    case 'ArrowUp':
    case 'k':
      return { type: 'move', by: -1 };
    case 'PageDown':
      return { type: 'move', by: PAGE_ROWS };
    case 'PageUp':
      return { type: 'move', by: -PAGE_ROWS };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
    case 'o':
      return { type: 'open' };
    case 's':
      return { type: 'sent' };
    case 'z':
      return { type: 'snooze' };
    case 'Delete':
    case 'd':
      return { type: 'skip' };
    case 'p':
      return { type: 'person' };
    case 'x':
    case ' ':
      return { type: 'select' };
    case 'Escape':
      return { type: 'clear-selection' };
    default:
      return null;
  }
}

/** True when keys belong to what has focus: a text box, a list box, an editor. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}

/** The shortcuts as the help overlay lists them. */
export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['Tab'], what: 'Into the list and out again: the list is one stop, and Tab back returns to where you were' },
  { keys: ['↓', 'j'], what: 'Next thank-you' },
  { keys: ['↑', 'k'], what: 'Previous thank-you' },
  { keys: ['←', '→'], what: 'Previous / next cell or button in the row' },
  { keys: ['Home', 'End'], what: 'On a row: first / last one loaded; in a cell: first / last cell of the row' },
  { keys: ['Ctrl+Home', 'Ctrl+End'], what: 'First / last cell of the list' },
  { keys: ['Enter', 'o'], what: 'Write the note: opens the note editor for that thank-you' },
  { keys: ['s'], what: 'Mark sent' },
  { keys: ['z'], what: 'Snooze' },
  { keys: ['d', 'Delete'], what: 'Skip, with a reason' },
  { keys: ['p'], what: 'Open the person' },
  { keys: ['x', 'Space'], what: 'Select or unselect' },
  { keys: ['Ctrl+A'], what: 'Select all loaded' },
  { keys: ['Esc'], what: 'Clear the selection' },
  { keys: ['/'], what: 'Filter by person, company or occasion (↓ back to the list)' },
  { keys: ['?'], what: 'Show these shortcuts' },
  { keys: ['Ctrl+L'], what: 'Log an occasion (anywhere in the app)' },
];
