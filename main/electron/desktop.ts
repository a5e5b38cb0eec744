import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, clipboard, ClipboardItem, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { Desktop } from '../backend/handoff/desktop';
import { openAllowedExternal, reportToConsole, type ReportError } from './security';

export interface DesktopOptions {
  /** The window a save dialog belongs to. Asked each time: the backend exists before any window. */
  getWindow: () => BrowserWindow | undefined;
  report?: ReportError;
}

const EMAIL_FILE = /\.eml$/iu;

/**
 * The operating system's side of hand-offs, for the backend (`Desktop`): mail links go through
 * the same allow-list as every other URL that leaves the app, files are written only where the
 * user chose in a save dialog, and only an email draft is opened with its default program.
 */
export function createDesktop({ getWindow, report = reportToConsole }: DesktopOptions): Desktop {
  return {
    async openMailLink(url) {
      if (!/^mailto:/iu.test(url)) throw new Error('Only a mailto: link can be opened in the mail app.');
      await openAllowedExternal(url, report);
    },

    async writeClipboard({ text, html }) {
      try {
        await (html === undefined ? clipboard.writeText(text) : clipboard.write([new ClipboardItem({ 'text/plain': text, 'text/html': html })]));
      } catch (error) {
        // Logged without the text (a personal note); the backend tells the user.
        report('The note could not be put on the clipboard.', error);
        throw error;
      }
    },

    async saveFile(suggestedName, content) {
      const options: SaveDialogOptions = {
        title: 'Save email draft',
        defaultPath: inDocuments(suggestedName),
        filters: [{ name: 'Email message', extensions: ['eml'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = getWindow();
      const chosen = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (chosen.canceled || chosen.filePath === '') return null;

      const target = EMAIL_FILE.test(chosen.filePath) ? chosen.filePath : `${chosen.filePath}.eml`;
      // The dialog asked before replacing the name it showed; the name with .eml added was never
      // shown, so it must not replace a file that is already there.
      const flag = target === chosen.filePath ? 'w' : 'wx';
      try {
        await writeFile(target, content, { encoding: 'utf8', flag });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        throw new Error(`“${path.basename(target)}” already exists there`, { cause: error });
      }
      return target;
    },

    async openFile(filePath) {
      // Opening a file runs whatever program the system has for it: only our own drafts qualify.
      if (!EMAIL_FILE.test(filePath)) throw new Error('Only an email draft (.eml) can be opened from here');
      const problem = await shell.openPath(filePath);
      if (problem !== '') throw new Error(problem);
    },
  };
}

/** Where the save dialog starts; just the name (the system's choice of folder) if there is no Documents folder. */
function inDocuments(fileName: string): string {
  try {
    return path.join(app.getPath('documents'), fileName);
  } catch {
    return fileName;
  }
}
