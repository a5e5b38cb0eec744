import { describe, expect, it } from 'vitest';
import type { CopyResult, EmailFileResult, MailAppResult } from '../../../shared';
import { completeInPage, type PageEffects } from './complete-in-page';

const AT = '2026-03-10T10:00:00.000Z';

function recorder(clipboard: 'ok' | Error = 'ok') {
  const done: string[] = [];
  const effects: PageEffects = {
    openLink: (url) => void done.push(`open ${url}`),
    download: (fileName, content) => void done.push(`download ${fileName} (${content.length})`),
    writeClipboard: ({ text, html }) => {
      done.push(`clipboard ${text}${html ? ` + ${html}` : ''}`);
      return clipboard === 'ok' ? Promise.resolve() : Promise.reject(clipboard);
    },
  };
  return { done, effects };
}

const mailApp = (over: Partial<MailAppResult>): MailAppResult => ({ performedBy: 'page', url: 'mailto:a@example.com?subject=Hi', bodyOnClipboard: false, plainText: 'Dear A', handedOffAt: AT, draftRevision: 1, ...over });
const copy = (over: Partial<CopyResult>): CopyResult => ({ performedBy: 'page', text: 'Dear A', html: null, handedOffAt: AT, draftRevision: 1, ...over });

describe('completeInPage', () => {
  it('opens the mail link the backend built, and nothing else, when the body fits', async () => {
    const { done, effects } = recorder();
    expect(await completeInPage({ kind: 'mail-app', result: mailApp({}) }, effects)).toEqual({ kind: 'not-used' });
    expect(done).toEqual(['open mailto:a@example.com?subject=Hi']);
  });

  it('puts a body too long for the link on the clipboard before the mail app takes the focus', async () => {
    const { done, effects } = recorder();
    expect(await completeInPage({ kind: 'mail-app', result: mailApp({ bodyOnClipboard: true }) }, effects)).toEqual({ kind: 'written' });
    expect(done).toEqual(['clipboard Dear A', 'open mailto:a@example.com?subject=Hi']);
  });

  it('still opens the link when the clipboard refuses, and says why without its full stop', async () => {
    const { done, effects } = recorder(new Error('Write permission denied.'));
    expect(await completeInPage({ kind: 'mail-app', result: mailApp({ bodyOnClipboard: true }) }, effects)).toEqual({ kind: 'failed', reason: 'Write permission denied' });
    expect(done.at(-1)).toBe('open mailto:a@example.com?subject=Hi');
    const silent = recorder(new Error(''));
    expect(await completeInPage({ kind: 'copy', format: 'plain', result: copy({}) }, silent.effects)).toEqual({ kind: 'failed', reason: 'the browser refused' });
  });

  it('downloads the .eml in a browser', async () => {
    const { done, effects } = recorder();
    const result: EmailFileResult = { performedBy: 'page', fileName: 'Thank-you.eml', content: 'X-Unsent: 1\r\n', handedOffAt: AT, draftRevision: 1 };
    expect(await completeInPage({ kind: 'email-file', result }, effects)).toEqual({ kind: 'not-used' });
    expect(done).toEqual(['download Thank-you.eml (13)']);
  });

  it('copies rich text as HTML and text together', async () => {
    const { done, effects } = recorder();
    await completeInPage({ kind: 'copy', format: 'rich', result: copy({ html: '<p>Dear A</p>' }) }, effects);
    expect(done).toEqual(['clipboard Dear A + <p>Dear A</p>']);
  });

  it('does nothing in the page when the desktop app did it', async () => {
    const { done, effects } = recorder();
    expect(await completeInPage({ kind: 'mail-app', result: mailApp({ performedBy: 'app', bodyOnClipboard: true }) }, effects)).toEqual({ kind: 'written' });
    expect(await completeInPage({ kind: 'mail-app', result: mailApp({ performedBy: 'app' }) }, effects)).toEqual({ kind: 'not-used' });
    expect(await completeInPage({ kind: 'copy', format: 'plain', result: copy({ performedBy: 'app' }) }, effects)).toEqual({ kind: 'written' });
    const saved: EmailFileResult = { performedBy: 'app', path: '/home/sam/Thank-you.eml', opened: true, openError: null, handedOffAt: AT, draftRevision: 1 };
    expect(await completeInPage({ kind: 'email-file', result: saved }, effects)).toEqual({ kind: 'not-used' });
    expect(done).toEqual([]);
  });
});
