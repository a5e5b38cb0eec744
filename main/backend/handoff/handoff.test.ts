import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import type { Desktop } from './desktop';

let backend: TestBackend;
afterEach(() => backend?.close());

/** FAKE OS: records what the Electron shell would have asked of the system (no mail app or clipboard here). */
function fakeDesktop(overrides: Partial<Desktop> = {}) {
  const calls = { opened: [] as string[], clipboard: [] as { text: string; html?: string }[], saved: [] as { name: string; content: string }[], openedFiles: [] as string[] };
  const desktop: Desktop = {
    openMailLink: async (url) => void calls.opened.push(url),
    writeClipboard: async (content) => void calls.clipboard.push(content),
    saveFile: async (name, content) => {
      calls.saved.push({ name, content });
      return `/home/me/Documents/${name}`;
    },
    openFile: async (path) => void calls.openedFiles.push(path),
    ...overrides,
  };
  return { desktop, calls };
}

const NOTE = 'Dear Priya,\n\nThank you for the **panel** & the talk on [retries](https://example.com/r?a=1&b=2).\n\n- one\n- two\n\nBest,\nSam';

async function draftedThankYou(options: { fullName?: string; email?: string | null; body?: string; subject?: string } = {}) {
  const email = options.email === undefined ? 'priya+jobs@example.com' : options.email;
  const person = await backend.call('people.create', { fullName: options.fullName ?? 'Priya Raman', ...(email ? { emails: [email] } : {}) });
  const occasion = await backend.call('occasions.create', {
    kind: 'interview',
    startsAt: '2026-06-01T09:00:00Z',
    endsAt: '2026-06-01T10:00:00Z',
    participants: [{ personId: person.id }],
  });
  const thankYou = occasion.participants[0]!.thankYou!;
  const draft = { subject: options.subject ?? 'Thank you — Q&A #2 at 100% + more', body: options.body ?? NOTE, recipient: null, draftRevision: 0 };
  return { id: thankYou.id, draft };
}

function decodeMailto(link: string) {
  const url = new URL(link);
  const fields = Object.fromEntries(url.search.slice(1).split('&').filter(Boolean).map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
  return { to: url.pathname.split(',').filter(Boolean).map(decodeURIComponent), ...fields } as { to: string[]; subject?: string; body?: string };
}

describe('open in mail app (real SQLite file; the OS is faked)', () => {
  it('saves the draft it is given, builds the mailto: from the stored fields, opens it, and records the hand-off', async () => {
    const os = fakeDesktop();
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    const result = await backend.call('handoff.openInMailApp', { id, draft });
    expect(result).toMatchObject({ performedBy: 'app', bodyOnClipboard: false, handedOffAt: '2026-06-01T12:00:00.000Z' });
    expect(os.calls.opened).toEqual([result.url]);
    expect(os.calls.clipboard).toEqual([]);
    expect(decodeMailto(result.url)).toEqual({ to: ['priya+jobs@example.com'], subject: draft.subject, body: markdownToPlainText(NOTE).replace(/\n/gu, '\r\n') });
    const stored = await backend.call('thanks.get', { id });
    expect(stored).toMatchObject({ status: 'drafted', body: NOTE, subject: draft.subject, handedOffAt: '2026-06-01T12:00:00.000Z', handoffMethod: 'mail-app' });
  });

  it('in browser mode (no desktop) leaves the opening to the page and says so', async () => {
    backend = startTestBackend();
    const { id, draft } = await draftedThankYou();
    const result = await backend.call('handoff.openInMailApp', { id, draft });
    expect(result.performedBy).toBe('page');
    expect(result.url).toMatch(/^mailto:priya%2Bjobs@example\.com\?subject=/u);
  });

  it('a note over the length guard opens with address and subject only and puts the plain text on the clipboard first', async () => {
    const order: string[] = [];
    const os = fakeDesktop({ writeClipboard: async () => void order.push('clipboard'), openMailLink: async () => void order.push('open') });
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const body = `Dear Priya,\n\n${'Thank you for your time. '.repeat(120)}`;
    const { id, draft } = await draftedThankYou({ body });
    const result = await backend.call('handoff.openInMailApp', { id, draft });
    expect(result.bodyOnClipboard).toBe(true);
    expect(result.url).not.toContain('body=');
    expect(result.plainText).toBe(markdownToPlainText(body));
    expect(order).toEqual(['clipboard', 'open']);
  });

  it('an address that could inject header fields is refused at the To field and nothing is opened or recorded', async () => {
    const os = fakeDesktop();
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    // Stored addresses pass the contract's check; this one is planted as if an older version or an import let it in.
    const db = (await import('better-sqlite3')).default(`${backend.dataDir}/thankful.sqlite3`);
    db.prepare("UPDATE person_emails SET address = 'priya@example.com?bcc=boss@example.com'").run();
    db.close();
    const result = await backend.dispatch('handoff.openInMailApp', { id, draft: { ...draft, recipient: null } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ field: 'recipient', message: expect.stringContaining('“priya@example.com?bcc=boss@example.com”') }] } });
    expect(!result.ok && result.error.message).toContain('email draft (.eml) or copy it');
    expect(os.calls.opened).toEqual([]);
    expect((await backend.call('thanks.get', { id })).handedOffAt).toBeNull();
  });

  it('no mail app set up: the failure reaches the user with the alternatives, and no hand-off is recorded', async () => {
    const os = fakeDesktop({ openMailLink: () => Promise.reject(new Error('No application is registered for mailto')) });
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    const result = await backend.dispatch('handoff.openInMailApp', { id, draft });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('save the note as an email draft') } });
    expect((await backend.call('thanks.get', { id })).handedOffAt).toBeNull();
    // What was typed was still saved.
    expect((await backend.call('thanks.get', { id })).body).toBe(NOTE);
  });

  it('a person without an address gets a link with no recipient (the mail app asks for one)', async () => {
    backend = startTestBackend();
    const { id, draft } = await draftedThankYou({ email: null });
    const result = await backend.call('handoff.openInMailApp', { id, draft });
    expect(result.url).toMatch(/^mailto:\?subject=/u);
  });

  it('an empty note is refused at the body, and an over-long draft at its field, before anything is opened', async () => {
    const os = fakeDesktop();
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    expect(await backend.dispatch('handoff.openInMailApp', { id, draft: { ...draft, body: '  \n ' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ field: 'body' }] },
    });
    // The editor names the revision each save answered: the first hand-off saved the blank note.
    expect(await backend.dispatch('handoff.openInMailApp', { id, draft: { ...draft, body: 'x'.repeat(100_001), draftRevision: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ field: 'draft.body' }] },
    });
    expect(await backend.dispatch('handoff.openInMailApp', { id, draft: { ...draft, subject: '礼'.repeat(300), draftRevision: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: [{ field: 'subject' }] },
    });
    expect(os.calls.opened).toEqual([]);
  });

  it('a note with a {{merge field}} or [prompt] left is refused by every hand-off, naming what is left, and what was typed is saved', async () => {
    const os = fakeDesktop();
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    const body = 'Dear Priya,\n\nThank you for {{discussionPoint}} & more. [One sentence on what you would bring to the team]\n\nSee [my deck](https://example.com/d?a=1#x).\n\nBest,\nSam';
    const attempts = [
      backend.dispatch('handoff.openInMailApp', { id, draft: { ...draft, body } }),
      backend.dispatch('handoff.saveEmailFile', { id, draft: { ...draft, body }, openAfterSaving: false }),
      backend.dispatch('handoff.copy', { id, draft: { ...draft, body }, format: 'rich' }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ field: 'body' }] } });
      expect(!answer.ok && answer.error.message).toBe(
        'The note still has “{{discussionPoint}}” and “[One sentence on what you would bring…]” to fill in. Replace them with your own words before it goes out (F8 goes to each).',
      );
    }
    expect(await backend.dispatch('handoff.copy', { id, draft: { ...draft, body, subject: 'Thanks from [Your name]', draftRevision: 1 }, format: 'plain' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'subject', message: 'The subject still has “[Your name]” to fill in. Write it in before the note goes out.' }] },
    });
    expect(os.calls.opened).toEqual([]);
    expect(os.calls.clipboard).toEqual([]);
    // Nothing lost: the text is saved as typed, and no hand-off is recorded.
    expect(await backend.call('thanks.get', { id })).toMatchObject({ subject: 'Thanks from [Your name]', body, handedOffAt: null });
  });

  it('links, images, escaped brackets and task boxes are not prompts: such a note goes out', async () => {
    const os = fakeDesktop();
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    const body = 'Dear Priya,\n\nHere is [the deck](https://example.com/d) and ![chart](https://example.com/c.png), \\[sic\\], [x] [1].\n\n[ref]: https://example.com\n\nBest,\nSam';
    expect(await backend.dispatch('handoff.openInMailApp', { id, draft: { ...draft, body } })).toMatchObject({ ok: true });
  });

  it('a sent note is handed off as it was sent: the draft passed along is ignored, and the history is untouched', async () => {
    const os = fakeDesktop();
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    await backend.call('thanks.saveDraft', { id, ...draft });
    await backend.call('thanks.markSent', { id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });
    const result = await backend.call('handoff.openInMailApp', { id, draft: { ...draft, body: 'changed' } });
    expect(decodeMailto(result.url).body).toContain('Thank you for the panel');
    expect(await backend.call('thanks.get', { id })).toMatchObject({ body: NOTE, handedOffAt: null, status: 'sent' });
  });

  it('a note marked sent (another window) while the mail app was opening keeps its sent history: no hand-off is recorded on it', async () => {
    let markSentMeanwhile = async () => {};
    const os = fakeDesktop({ openMailLink: async () => markSentMeanwhile() });
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    markSentMeanwhile = async () => void (await backend.call('thanks.markSent', { id, sentAt: '2026-06-01T11:30:00Z', channel: 'email' }));
    await backend.call('handoff.openInMailApp', { id, draft });
    expect(await backend.call('thanks.get', { id })).toMatchObject({ status: 'sent', sentAt: '2026-06-01T11:30:00.000Z', handedOffAt: null, handoffMethod: null });
  });

  it('"Not yet" forgets the hand-off; "Sent" records the time and channel and leaves the outstanding list', async () => {
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: fakeDesktop().desktop });
    const { id, draft } = await draftedThankYou();
    await backend.call('handoff.openInMailApp', { id, draft });
    expect((await backend.call('dashboard.outstanding', {})).items[0]).toMatchObject({ thankYouId: id, handedOffAt: '2026-06-01T12:00:00.000Z' });
    expect(await backend.call('handoff.dismiss', { id })).toMatchObject({ handedOffAt: null, handoffMethod: null, status: 'drafted' });
    await backend.call('handoff.copy', { id, format: 'plain' });
    backend.clock.advance(5 * 60_000);
    await backend.call('thanks.markSent', {
      id,
      sentAt: '2026-06-01T12:03:00Z',
      channel: 'email',
      followUp: { text: 'Check in on the hiring decision', dueAt: '2026-06-08T09:00:00Z' },
    });
    expect((await backend.call('dashboard.outstanding', {})).items).toEqual([]);
    expect(await backend.call('thanks.get', { id })).toMatchObject({
      status: 'sent',
      sentAt: '2026-06-01T12:03:00.000Z',
      channel: 'email',
      followUp: { text: 'Check in on the hiring decision' },
      // "Sent" answered the question.
      handedOffAt: null,
      handoffMethod: null,
    });
  });
});

describe('copy (real SQLite file; the OS clipboard is faked)', () => {
  it('rich text puts HTML and plain text on the clipboard; plain text only text', async () => {
    const os = fakeDesktop();
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    const rich = await backend.call('handoff.copy', { id, draft, format: 'rich' });
    expect(rich.html).toContain('<strong>panel</strong>');
    expect(rich.html).toContain('<a href="https://example.com/r?a=1&amp;b=2"');
    expect(os.calls.clipboard.at(-1)).toEqual({ text: markdownToPlainText(NOTE), html: rich.html });
    const plain = await backend.call('handoff.copy', { id, format: 'plain' });
    expect(plain.html).toBeNull();
    expect(os.calls.clipboard.at(-1)).toEqual({ text: markdownToPlainText(NOTE) });
    expect((await backend.call('thanks.get', { id })).handoffMethod).toBe('copy-plain');
  });
});

describe('clipboard failures (the OS clipboard is faked)', () => {
  it('are reported to the user, for a copy and for a long note, and the mail app is not opened without its body', async () => {
    const os = fakeDesktop({ writeClipboard: () => Promise.reject(new Error('Clipboard is busy')) });
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou({ body: 'Thank you. '.repeat(300) });
    for (const call of [
      () => backend.dispatch('handoff.copy', { id, draft, format: 'rich' }),
      () => backend.dispatch('handoff.openInMailApp', { id, draft }),
    ]) {
      expect(await call()).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('clipboard'), details: { failed: 'clipboard' } } });
    }
    expect(os.calls.opened).toEqual([]);
    expect((await backend.call('thanks.get', { id })).handedOffAt).toBeNull();
  });
});

describe('save as email draft (.eml parsed back with mailparser)', () => {
  it('is a multipart/alternative draft: plain text first, HTML last, encoded subject, X-Unsent, CRLF', async () => {
    backend = startTestBackend();
    const subject = 'Merci Zoë — 面接のお礼 🙏 & شكرا';
    const { id, draft } = await draftedThankYou({ fullName: 'Zoë / Ångström: "Z"', subject });
    const result = await backend.call('handoff.saveEmailFile', { id, draft });
    if (result.performedBy !== 'page') throw new Error('browser mode downloads the file');
    expect(result.fileName).toBe('Thank-you to Zoë Ångström Z.eml');
    const raw = result.content;
    expect(raw.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u); // every line ends in CRLF
    expect(raw).toMatch(/^X-Unsent: 1\r\n/mu);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/mu); // encoded words: the header itself is ASCII
    expect(raw.indexOf('Content-Type: text/plain')).toBeLessThan(raw.indexOf('Content-Type: text/html'));

    const mail = await simpleParser(raw);
    expect(mail.subject).toBe(subject);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value.map((a) => a.address)).toEqual(['priya+jobs@example.com']);
    expect(mail.text?.replace(/\r\n/gu, '\n').trim()).toBe(markdownToPlainText(NOTE));
    expect(mail.html).toContain('<strong>panel</strong>');
    expect(mail.html).toContain('style="');
    expect(mail.html).not.toMatch(/<script/iu);
    expect((await backend.call('thanks.get', { id })).handoffMethod).toBe('email-file');
  });

  it('desktop: saved where the user chose and opened when asked; a cancelled dialog records nothing', async () => {
    let answer: string | null = null;
    const os = fakeDesktop({ saveFile: async () => answer });
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    expect(await backend.call('handoff.saveEmailFile', { id, draft, openAfterSaving: true })).toEqual({
      performedBy: 'app',
      path: null,
      opened: false,
      openError: null,
      handedOffAt: null,
      draftRevision: 1,
    });
    expect((await backend.call('thanks.get', { id })).handedOffAt).toBeNull();
    answer = '/home/me/Documents/Thank-you to Priya Raman.eml';
    expect(await backend.call('handoff.saveEmailFile', { id, draft, openAfterSaving: true })).toMatchObject({ path: answer, opened: true, openError: null });
    expect(os.calls.openedFiles).toEqual([answer]);
  });

  it('desktop: a file that cannot be opened is still saved, and the user is told how to open it', async () => {
    const os = fakeDesktop({ openFile: () => Promise.reject(new Error('No application knows .eml files.')) });
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    const result = await backend.call('handoff.saveEmailFile', { id, draft, openAfterSaving: true });
    expect(result).toMatchObject({ performedBy: 'app', path: expect.stringMatching(/\.eml$/u), opened: false, openError: expect.stringContaining('No application knows .eml files') });
    expect((await backend.call('thanks.get', { id })).handoffMethod).toBe('email-file');
  });

  it('desktop: a write error is reported, not swallowed', async () => {
    const os = fakeDesktop({ saveFile: () => Promise.reject(new Error('EACCES: permission denied')) });
    backend = startTestBackend('2026-06-01T12:00:00Z', undefined, { desktop: os.desktop });
    const { id, draft } = await draftedThankYou();
    expect(await backend.dispatch('handoff.saveEmailFile', { id, draft })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringContaining('EACCES: permission denied') },
    });
  });
});
