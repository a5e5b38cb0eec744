import { describe, expect, it } from 'vitest';
import { clock } from '../lib/time-text';
import { copyAgain, pendingQuestion, questionText, sentChannelFor, type HandedOff } from './sent-question';

const EARLIER = '2026-03-10T09:00:00.000Z';
const LATER = '2026-03-10T10:00:00.000Z';
const open = { status: 'drafted' as const, handedOffAt: null, handoffMethod: null };
const local: HandedOff = { at: LATER, method: 'mail-app', onClipboard: true };

describe('pendingQuestion', () => {
  it('asks about a hand-off recorded before the note was opened (the app was closed before the answer)', () => {
    expect(pendingQuestion({ ...open, handedOffAt: EARLIER, handoffMethod: 'email-file' }, null, null)).toEqual({ at: EARLIER, method: 'email-file', onClipboard: false });
    expect(pendingQuestion({ ...open, handedOffAt: EARLIER, handoffMethod: 'copy-rich' }, null, null)?.onClipboard).toBe(true);
  });

  it('asks about the newest hand-off, this editor’s before the refetch catches up', () => {
    expect(pendingQuestion(open, local, null)).toBe(local);
    expect(pendingQuestion({ ...open, handedOffAt: EARLIER, handoffMethod: 'copy-plain' }, local, null)).toBe(local);
    expect(pendingQuestion({ ...open, handedOffAt: LATER, handoffMethod: 'copy-plain' }, { ...local, at: EARLIER }, null)?.method).toBe('copy-plain');
  });

  it('stops asking once answered here or sent', () => {
    expect(pendingQuestion(open, local, LATER)).toBeNull();
    expect(pendingQuestion({ ...open, handedOffAt: LATER, handoffMethod: 'mail-app' }, null, LATER)).toBeNull();
    expect(pendingQuestion({ status: 'sent', handedOffAt: LATER, handoffMethod: 'mail-app' }, local, null)).toBeNull();
    expect(pendingQuestion(open, null, null)).toBeNull();
  });
});

describe('questionText', () => {
  it('says how and when, with the date when it was not today', () => {
    expect(questionText(local, new Date(LATER))).toBe(`You opened it in your mail app at ${clock(LATER)}. Did you send it?`);
    expect(questionText({ at: EARLIER, method: 'email-file', onClipboard: false }, new Date('2026-03-14T10:00:00Z'))).toMatch(
      /^You saved it as an email draft on .*2026.*\. Did you send it\?$/u,
    );
  });
});

describe('copyAgain and sentChannelFor', () => {
  it('repeats the copy that was made, or copies the text for the first time', () => {
    expect(copyAgain({ at: LATER, method: 'copy-rich', onClipboard: true })).toEqual({ label: 'Copy again', format: 'rich' });
    expect(copyAgain(local)).toEqual({ label: 'Copy again', format: 'plain' });
    expect(copyAgain({ at: LATER, method: 'email-file', onClipboard: false })).toEqual({ label: 'Copy the text', format: 'plain' });
  });

  it('suggests Email after a mail link or an email draft, the usual channel after a copy', () => {
    expect(sentChannelFor('mail-app')).toBe('email');
    expect(sentChannelFor('email-file')).toBe('email');
    expect(sentChannelFor('copy-rich')).toBeNull();
  });
});
