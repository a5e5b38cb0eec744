import { unzipSync } from 'fflate';

declare global {
  interface Window {
    /** The File System Access API's folder picker: Chromium and Electron have it, TypeScript's DOM types not yet. */
    showDirectoryPicker?: (options?: { mode?: 'read' | 'readwrite'; id?: string }) => Promise<FileSystemDirectoryHandle>;
  }
}

/** Chromium (and so the desktop app) can write into a folder the user picks; other browsers get the ZIP only. */
export function canWriteFolders(): boolean {
  return typeof window.showDirectoryPicker === 'function';
}

/** The folder the user picks, or null when they cancel. */
export async function pickFolder(): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await window.showDirectoryPicker!({ mode: 'readwrite', id: 'thankful-export' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/**
 * The export's files, written into a new folder inside the one picked (named like the ZIP, with a
 * number added when that name is taken, so nothing there is overwritten). Answers the folder's name.
 */
export async function writeZipToFolder(zip: Uint8Array, parent: FileSystemDirectoryHandle, name: string): Promise<string> {
  const files = unzipSync(zip);
  const folderName = await freeName(parent, name);
  const folder = await parent.getDirectoryHandle(folderName, { create: true });
  for (const [path, bytes] of Object.entries(files)) {
    // The export is flat; a path with folders would be ours changing, not something to follow blindly.
    const fileName = path.split('/').at(-1)!;
    const writable = await (await folder.getFileHandle(fileName, { create: true })).createWritable();
    await writable.write(bytes as Uint8Array<ArrayBuffer>);
    await writable.close();
  }
  return folderName;
}

async function freeName(parent: FileSystemDirectoryHandle, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} (${n})`;
    try {
      await parent.getDirectoryHandle(candidate);
    } catch {
      return candidate;
    }
  }
}
