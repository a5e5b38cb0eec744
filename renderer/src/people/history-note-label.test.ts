import { describe, expect, it } from 'vitest';
import { historyNoteLabel } from './history-note-label';

describe('a note link in the history', () => {
  it('says that a sent note opens what was sent, and otherwise what there is to do', () => {
    expect(historyNoteLabel('sent')).toBe('View sent note');
    expect(historyNoteLabel('drafted')).toBe('Continue note');
    expect(historyNoteLabel('pending')).toBe('Write note');
  });
});
