import { clickLink } from '../lib/click-link';
import { downloadFile } from '../lib/download-file';
import type { ClipboardOutcome, HandoffDone } from './handoff-types';
import { writeClipboard, type ClipboardContent } from './write-clipboard';

/** What the page can do to the system; passed in so the order and the failures can be tested. */
export interface PageEffects {
  openLink(url: string): void;
  download(fileName: string, content: string): void;
  writeClipboard(content: ClipboardContent): Promise<void>;
}

export const browserEffects: PageEffects = {
  openLink: (url) => clickLink(url),
  download: (fileName, content) => downloadFile(fileName, content, 'message/rfc822'),
  writeClipboard,
};

/**
 * Does in the page what the backend left to it (`performedBy: 'page'`, browser mode): opens the
 * mail link, saves the .eml, writes the clipboard. In the desktop app the main process did all of
 * that already. Says whether the clipboard holds the note; a refusal is reported, never thrown.
 */
export async function completeInPage(done: HandoffDone, effects: PageEffects): Promise<ClipboardOutcome> {
  switch (done.kind) {
    case 'mail-app': {
      const { result } = done;
      if (result.performedBy === 'app') return result.bodyOnClipboard ? { kind: 'written' } : { kind: 'not-used' };
      // The body goes on the clipboard first: the mail app takes the focus (and the clipboard
      // needs a focused page), and the text must be ready to paste when the message appears.
      const clipboard = result.bodyOnClipboard ? await toClipboard(effects, { text: result.plainText, html: null }) : { kind: 'not-used' as const };
      effects.openLink(result.url);
      return clipboard;
    }
    case 'email-file':
      if (done.result.performedBy === 'page') effects.download(done.result.fileName, done.result.content);
      return { kind: 'not-used' };
    case 'copy':
      if (done.result.performedBy === 'app') return { kind: 'written' };
      return toClipboard(effects, { text: done.result.text, html: done.result.html });
  }
}

async function toClipboard(effects: PageEffects, content: ClipboardContent): Promise<ClipboardOutcome> {
  try {
    await effects.writeClipboard(content);
    return { kind: 'written' };
  } catch (error) {
    // The reason goes inside a sentence: without its closing full stop.
    const reason = error instanceof Error ? error.message.replace(/[.\s]+$/u, '') : '';
    return { kind: 'failed', reason: reason || 'the browser refused' };
  }
}
