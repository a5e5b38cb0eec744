import { describe, expect, it } from 'vitest';
import type { EmailFileResult, MailAppResult } from '../../../shared';
import { handoffFeedback, keysFor, placeHandoffError } from './handoff-feedback';

const AT = '2026-03-10T10:00:00.000Z';
const KEYS = keysFor(false);
const mailApp = (over: Partial<MailAppResult> = {}): MailAppResult => ({ performedBy: 'page', url: 'mailto:a@example.com', bodyOnClipboard: false, plainText: 'Dear A', handedOffAt: AT, draftRevision: 1, ...over });

describe('handoffFeedback', () => {
  it('says nothing more than the question after a link with the whole note', () => {
    expect(handoffFeedback({ kind: 'mail-app', result: mailApp() }, { kind: 'not-used' }, KEYS)).toEqual({ toast: null, notice: null, handedOffAt: AT });
  });

  it('tells, in one sentence that stays, to paste a body that went on the clipboard', () => {
    const feedback = handoffFeedback({ kind: 'mail-app', result: mailApp({ bodyOnClipboard: true }) }, { kind: 'written' }, keysFor(true));
    expect(feedback.notice).toEqual({
      kind: 'paste-body',
      message: 'The note was too long for a mail link, so only the address and subject went to your mail app: paste the note (⌘V) into the message.',
    });
    expect(feedback.toast).toBeNull();
  });

  it('shows the text to copy by hand when the clipboard refused it', () => {
    const feedback = handoffFeedback({ kind: 'mail-app', result: mailApp({ bodyOnClipboard: true }) }, { kind: 'failed', reason: 'Write permission denied' }, KEYS);
    expect(feedback.notice).toMatchObject({ kind: 'copy-by-hand', text: 'Dear A' });
    expect(feedback.notice?.message).toMatch(/too long for a mail link.*did not let Thankful copy the note \(Write permission denied\)\. Copy it from the box below \(Ctrl\+C\)/u);
    const copied = handoffFeedback({ kind: 'copy', format: 'rich', result: { performedBy: 'page', text: 'Dear A', html: '<p>Dear A</p>', handedOffAt: AT, draftRevision: 1 } }, { kind: 'failed', reason: 'no' }, KEYS);
    expect(copied.notice?.message).toMatch(/^Your browser did not let Thankful copy the note; here it is as plain text \(no\)\./u);
    expect(copied.handedOffAt).toBe(AT);
  });

  it('confirms a copy in a toast', () => {
    const rich = handoffFeedback({ kind: 'copy', format: 'rich', result: { performedBy: 'page', text: 'x', html: '<p>x</p>', handedOffAt: AT, draftRevision: 1 } }, { kind: 'written' }, KEYS);
    expect(rich).toEqual({ toast: 'Copied as rich text: paste it into your message (Ctrl+V).', notice: null, handedOffAt: AT });
  });

  it('after an .eml: a download, a saved (and opened) file, a cancelled save dialog, a file that would not open', () => {
    const feedback = (result: EmailFileResult) => handoffFeedback({ kind: 'email-file', result }, { kind: 'not-used' }, KEYS);
    expect(feedback({ performedBy: 'page', fileName: 'Thank-you to A.eml', content: '', handedOffAt: AT, draftRevision: 1 }).toast).toBe('Downloaded “Thank-you to A.eml”: open it to get a draft in your mail app.');
    expect(feedback({ performedBy: 'app', path: '/x/A.eml', opened: true, openError: null, handedOffAt: AT, draftRevision: 1 }).toast).toBe('Saved and opened /x/A.eml.');
    expect(feedback({ performedBy: 'app', path: null, opened: false, openError: null, handedOffAt: null, draftRevision: 1 })).toEqual({ toast: null, notice: null, handedOffAt: null });
    expect(feedback({ performedBy: 'app', path: '/x/A.eml', opened: false, openError: 'It was saved, but…', handedOffAt: AT, draftRevision: 1 })).toEqual({
      toast: null,
      notice: { kind: 'problem', message: 'It was saved, but…' },
      handedOffAt: AT,
    });
  });
});

describe('placeHandoffError', () => {
  it('puts a refused address at To and a subject at Subject, with no second copy', () => {
    const message = '“a@b-.com” cannot be used in a mail link.';
    expect(placeHandoffError({ code: 'VALIDATION', message, fields: [{ field: 'recipient', message }] })).toEqual({ fields: { recipient: message }, notice: null });
    expect(placeHandoffError({ code: 'VALIDATION', message: 'x', fields: [{ field: 'subject', message: 'Too long.' }, { field: 'body', message: 'Empty.' }] })).toEqual({
      fields: { subject: 'Too long.', body: 'Empty.' },
      notice: null,
    });
  });

  it('offers the other ways when the system could not do it, and says anything else above the note', () => {
    expect(placeHandoffError({ code: 'UNAVAILABLE', message: 'No mail app.' })).toEqual({ fields: {}, notice: { kind: 'unavailable', message: 'No mail app.' } });
    // The desktop clipboard failed: "Copy" is not offered as a way forward, it would fail again.
    expect(placeHandoffError({ code: 'UNAVAILABLE', message: 'No clipboard.', details: { failed: 'clipboard' } })).toEqual({
      fields: {},
      notice: { kind: 'problem', message: 'No clipboard.' },
    });
    expect(placeHandoffError({ code: 'CONFLICT', message: 'It was sent meanwhile.' })).toEqual({ fields: {}, notice: { kind: 'problem', message: 'It was sent meanwhile.' } });
    expect(placeHandoffError({ code: 'VALIDATION', message: 'x', fields: [{ field: 'id', message: 'No such note.' }] }).notice).toEqual({ kind: 'problem', message: 'No such note.' });
  });
});
