import { describe, expect, it } from 'vitest';
import { storedDraftFrom, storedDraftOf } from './stale-draft';

describe('storedDraftOf', () => {
  it('reads the other window’s note from a stale save’s CONFLICT; an empty recipient is none', () => {
    const error = {
      code: 'CONFLICT' as const,
      message: 'changed elsewhere',
      details: { subject: 'Thanks', body: 'Dear Priya,', recipient: '', draftRevision: 3, draftSavedAt: '2026-06-01T10:00:00.000Z' },
    };
    expect(storedDraftOf(error)).toEqual({ fields: { subject: 'Thanks', body: 'Dear Priya,', recipient: null }, savedAt: '2026-06-01T10:00:00.000Z', revision: 3 });
    expect(storedDraftOf({ ...error, details: { ...error.details, recipient: 'priya@example.com' } })?.fields.recipient).toBe('priya@example.com');
  });

  it('is null for a conflict with nothing to choose (sent meanwhile), other codes and partial details', () => {
    expect(storedDraftOf({ code: 'CONFLICT', message: 'This note was sent.' })).toBeNull();
    expect(storedDraftOf({ code: 'VALIDATION', message: 'x', details: { subject: '', body: '', recipient: '', draftRevision: 1, draftSavedAt: 'x' } })).toBeNull();
    expect(storedDraftOf({ code: 'CONFLICT', message: 'x', details: { subject: '', body: '', recipient: '', draftRevision: '1', draftSavedAt: 'x' } })).toBeNull();
    expect(storedDraftOf({ code: 'CONFLICT', message: 'x', details: { revision: 4 } })).toBeNull();
  });
});

describe('storedDraftFrom', () => {
  it('is the read note with its revision, or null when it was never saved', () => {
    const read = { subject: 'S', body: 'B', recipient: null, draftSavedAt: '2026-06-01T10:00:00.000Z', draftRevision: 2 };
    expect(storedDraftFrom(read)).toEqual({ fields: { subject: 'S', body: 'B', recipient: null }, savedAt: read.draftSavedAt, revision: 2 });
    expect(storedDraftFrom({ ...read, draftSavedAt: null })).toBeNull();
  });
});
