import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronBrowserWindow } from 'electron';
import { buildMailto, markdownToPlainText } from '../../shared';
import { startTestBackend, type TestBackend } from '../test-support/backend';
import { tempDir } from '../test-support/temp-dir';
import { createDesktop } from './desktop';
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, resetFakeElectron, shell, type FakeBrowserWindow } from './fake-electron';
import type { ReportError } from './security';

vi.mock('electron', () => import('./fake-electron'));

let documents: string;
let report: ReturnType<typeof vi.fn<ReportError>>;

beforeEach(() => {
  resetFakeElectron();
  documents = tempDir('thankful-documents-');
  app.paths.set('documents', documents);
  report = vi.fn();
});

const desktopFor = (win?: FakeBrowserWindow) => createDesktop({ getWindow: () => win as unknown as ElectronBrowserWindow | undefined, report });
/** The user picks this path in the save dialog. */
const answerSaveDialog = (filePath: string) => dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });

/** A field of a mailto: link, decoded; undefined when the link has none. */
function mailtoField(url: string, name: string): string | undefined {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const field = query.split('&').find((pair) => pair.startsWith(`${name}=`));
  return field === undefined ? undefined : decodeURIComponent(field.slice(name.length + 1));
}

describe('Desktop: mail links (faked electron module)', () => {
  it.each([
    'https://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ms-settings:',
    'mailto:ada@example.com?body=Dear Ada',
    'mailto:ada@example.com?body=Hi%0D%0A\nBcc: eve@example.com',
    ' mailto:ada@example.com',
    'mailto:ada@example.com\u0000',
    'mailto:ada@example.com\u007f',
  ])('refuses %j without asking the system', async (url) => {
    await expect(desktopFor().openMailLink(url)).rejects.toThrow(Error);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens a mailto: link built by the backend, exactly as built', async () => {
    const url = buildMailto({ to: ['ada@example.com'], subject: 'Thank you', body: 'Dear Ada,\n\nThanks & see you soon?' });
    await desktopFor().openMailLink(url);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith(url);
  });

  it('rejects when the system cannot open it, and reports only the scheme, not the note', async () => {
    const failure = new Error('No application is registered for mailto');
    shell.openExternal.mockRejectedValueOnce(failure);
    await expect(desktopFor().openMailLink('mailto:ada@example.com?body=Dear%20Ada%2C%20my%20secret')).rejects.toBe(failure);
    expect(report).toHaveBeenCalledTimes(1);
    const [message, error] = report.mock.calls[0]!;
    expect(message).toContain('mailto');
    expect(message).not.toMatch(/ada|Dear|secret/iu);
    expect(error).toBe(failure);
  });
});

describe('Desktop: clipboard (faked electron module)', () => {
  it('puts plain text on the clipboard when there is no HTML, and resolves once it is there', async () => {
    await desktopFor().writeClipboard({ text: 'Dear Ada,\nthank you.' });
    expect(clipboard.writeText).toHaveBeenCalledWith('Dear Ada,\nthank you.');
    expect(clipboard.write).not.toHaveBeenCalled();
    await expect(clipboard.readText()).resolves.toBe('Dear Ada,\nthank you.');
    expect([...clipboard.contents.keys()]).toEqual(['text/plain']);
  });

  it('puts text and HTML on the clipboard in one write', async () => {
    await desktopFor().writeClipboard({ text: 'Dear Ada, thank you.', html: '<p>Dear Ada, <strong>thank you</strong>.</p>' });
    expect(clipboard.writeText).not.toHaveBeenCalled();
    expect(clipboard.write).toHaveBeenCalledTimes(1);
    const [items] = clipboard.write.mock.calls[0]!;
    expect(items).toHaveLength(1);
    expect(items[0]).toBeInstanceOf(ClipboardItem);
    expect(Object.fromEntries(clipboard.contents)).toEqual({ 'text/plain': 'Dear Ada, thank you.', 'text/html': '<p>Dear Ada, <strong>thank you</strong>.</p>' });
  });

  it('rejects when the clipboard cannot be written, and reports it without the text', async () => {
    const failure = new Error('Clipboard is busy');
    clipboard.writeText.mockRejectedValueOnce(failure);
    await expect(desktopFor().writeClipboard({ text: 'Dear Ada' })).rejects.toBe(failure);
    expect(report).toHaveBeenCalledWith(expect.not.stringContaining('Dear Ada'), failure);
  });
});

describe('Desktop: email drafts on disk (faked electron module)', () => {
  const draft = 'Subject: Thank you\r\nX-Unsent: 1\r\n\r\nGrüße — 謝謝 🎉\r\n';

  it('resolves to null when the save dialog is cancelled, and writes nothing', async () => {
    const win = new BrowserWindow({});
    await expect(desktopFor(win).saveFile('Thank-you to Ada.eml', draft)).resolves.toBeNull();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(win, {
      title: 'Save email draft',
      defaultPath: path.join(documents, 'Thank-you to Ada.eml'),
      filters: [{ name: 'Email message', extensions: ['eml'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(fs.readdirSync(documents)).toEqual([]);
  });

  it('opens the dialog on its own when there is no live window', async () => {
    const win = new BrowserWindow({});
    win.close();
    await desktopFor(win).saveFile('Thank-you to Ada.eml', draft);
    await desktopFor().saveFile('Thank-you to Ada.eml', draft);
    expect(dialog.showSaveDialog.mock.calls.map((args) => args.length)).toEqual([1, 1]);
  });

  it('writes exactly the content where the user chose, and resolves to the path', async () => {
    const chosen = path.join(documents, 'Thank-you to Ada.eml');
    answerSaveDialog(chosen);
    await expect(desktopFor().saveFile('Thank-you to Ada.eml', draft)).resolves.toBe(chosen);
    expect(fs.readFileSync(chosen, 'utf8')).toBe(draft);
  });

  it('adds .eml when the user removed it (and keeps .EML as typed)', async () => {
    answerSaveDialog(path.join(documents, 'to Ada'));
    await expect(desktopFor().saveFile('Thank-you to Ada.eml', draft)).resolves.toBe(path.join(documents, 'to Ada.eml'));
    answerSaveDialog(path.join(documents, 'LOUD.EML'));
    await expect(desktopFor().saveFile('Thank-you to Ada.eml', draft)).resolves.toBe(path.join(documents, 'LOUD.EML'));
    expect(fs.readdirSync(documents).sort()).toEqual(['LOUD.EML', 'to Ada.eml']);
    expect(fs.readFileSync(path.join(documents, 'to Ada.eml'), 'utf8')).toBe(draft);
  });

  it('replaces a file the dialog asked about, but never one whose name it did not show', async () => {
    const existing = path.join(documents, 'to Ada.eml');
    fs.writeFileSync(existing, 'an older draft');
    answerSaveDialog(path.join(documents, 'to Ada'));
    await expect(desktopFor().saveFile('x.eml', draft)).rejects.toThrow('“to Ada.eml” already exists there');
    expect(fs.readFileSync(existing, 'utf8')).toBe('an older draft');

    answerSaveDialog(existing); // The dialog showed this name and the user confirmed replacing it.
    await desktopFor().saveFile('x.eml', draft);
    expect(fs.readFileSync(existing, 'utf8')).toBe(draft);
  });

  it('rejects with the file system error when the file cannot be written', async () => {
    answerSaveDialog(path.join(documents, 'gone', 'draft.eml'));
    await expect(desktopFor().saveFile('draft.eml', draft)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('opens a saved draft with its default program, and rejects with the system’s reason when it cannot', async () => {
    const saved = path.join(documents, 'draft.eml');
    fs.writeFileSync(saved, draft);
    await expect(desktopFor().openFile(saved)).resolves.toBeUndefined();
    expect(shell.openPath).toHaveBeenCalledWith(saved);

    shell.openPath.mockResolvedValueOnce('No application knows how to open .eml files');
    await expect(desktopFor().openFile(saved)).rejects.toThrow('No application knows how to open .eml files');
  });

  it('opens nothing but an email draft', async () => {
    const program = path.join(documents, 'setup.exe');
    fs.writeFileSync(program, 'MZ');
    await expect(desktopFor().openFile(program)).rejects.toThrow('.eml');
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

describe('hand-offs through the real backend to the Desktop (faked electron module, real SQLite file)', () => {
  let backend: TestBackend;
  afterEach(() => backend.close());

  /** A thank-you to Priya with this note saved as its draft, in a backend given the Electron Desktop; resolves to its id. */
  async function thankYouWith(body: string): Promise<number> {
    backend = startTestBackend(undefined, undefined, { desktop: desktopFor() });
    const person = await backend.call('people.create', { fullName: 'Priya Raman', emails: ['priya@acme.example'] });
    const occasion = await backend.call('occasions.create', { kind: 'other', startsAt: '2026-06-01T09:00:00Z', participants: [{ personId: person.id }] });
    const id = occasion.participants[0]!.thankYou!.id;
    await backend.call('thanks.saveDraft', { id, subject: 'Thank you, Priya', body, recipient: 'priya@acme.example', draftRevision: 0 });
    return id;
  }

  const note = 'Dear Priya,\n\nThank you for **the tour** of the billing team & the #1 tip: 100% useful?\n\n- Sam';

  it('opens one mailto: link whose body is the note as plain text', async () => {
    const id = await thankYouWith(note);
    const result = await backend.call('handoff.openInMailApp', { id });
    expect(result).toMatchObject({ performedBy: 'app', bodyOnClipboard: false });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    const url = shell.openExternal.mock.calls[0]![0];
    expect(url).toBe(result.url);
    expect(url.startsWith('mailto:priya@acme.example?')).toBe(true);
    expect(mailtoField(url, 'subject')).toBe('Thank you, Priya');
    const plainText = markdownToPlainText(note);
    expect(plainText).toContain('Thank you for the tour of the billing team & the #1 tip: 100% useful?');
    // RFC 6068: line breaks in a mailto: body are CRLF.
    expect(mailtoField(url, 'body')).toBe(plainText.replace(/\n/gu, '\r\n'));
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('tells the user about the alternatives when no mail app opens', async () => {
    const id = await thankYouWith(note);
    shell.openExternal.mockRejectedValueOnce(new Error('No application is registered for mailto'));
    const result = await backend.dispatch('handoff.openInMailApp', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(!result.ok && result.error.message).toMatch(/email draft \(\.eml\).*copy it/u);
    expect(report.mock.calls[0]![0]).not.toContain('Priya');
  });

  it('puts a note too long for a link on the clipboard and opens a link without its body', async () => {
    const long = `Dear Priya,\n\n${'Thank you for your time and advice. '.repeat(90)}`.trimEnd();
    expect(long.length).toBeGreaterThanOrEqual(3_000);
    const id = await thankYouWith(long);
    const result = await backend.call('handoff.openInMailApp', { id });
    expect(result).toMatchObject({ performedBy: 'app', bodyOnClipboard: true });
    expect(clipboard.contents.get('text/plain')).toBe(markdownToPlainText(long));
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    const url = shell.openExternal.mock.calls[0]![0];
    expect(url).not.toContain('body=');
    expect(mailtoField(url, 'subject')).toBe('Thank you, Priya');
  });

  it('copies rich text as both plain text and HTML', async () => {
    const id = await thankYouWith(note);
    const result = await backend.call('handoff.copy', { id, format: 'rich' });
    expect(clipboard.write).toHaveBeenCalledTimes(1);
    expect(clipboard.contents.get('text/plain')).toBe(markdownToPlainText(note));
    expect(clipboard.contents.get('text/html')).toBe(result.html);
    expect(result.html).toContain('<strong');
  });

  it('saves the email draft where the user chose and opens it', async () => {
    const id = await thankYouWith(note);
    const chosen = path.join(documents, 'Priya');
    answerSaveDialog(chosen);
    const result = await backend.call('handoff.saveEmailFile', { id, openAfterSaving: true });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join(documents, 'Thank-you to Priya Raman.eml') }));
    expect(result).toMatchObject({ performedBy: 'app', path: `${chosen}.eml`, opened: true, openError: null });
    expect(fs.readFileSync(`${chosen}.eml`, 'utf8')).toMatch(/^[\s\S]*X-Unsent: 1\r\n[\s\S]*Thank you for the tour/u);
    expect(shell.openPath).toHaveBeenCalledWith(`${chosen}.eml`);
  });
});
