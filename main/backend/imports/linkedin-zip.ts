import { unzipSync } from 'fflate';
import { LinkedInFileError } from './linkedin-error';

/**
 * LinkedIn sends its data export as a ZIP: a small one with a few files when only Connections was
 * asked for, a large one (messages, posts, pictures…) for the complete export. Only
 * Connections.csv is unpacked; the other entries are listed, never inflated.
 */

/** Connections.csv unpacks to far less than this; anything larger is not LinkedIn's file. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** True when the bytes start like a ZIP archive (a file entry, or the end record of an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

interface Entry {
  name: string;
  size: number;
}

/**
 * The bytes of Connections.csv in a ZIP: found at any depth, its name in any case; the shallowest
 * when there are several. macOS's "__MACOSX/" copies are not it.
 */
export function connectionsFromZip(bytes: Uint8Array): Uint8Array {
  const entries = listEntries(bytes);
  const found = entries
    .filter((entry) => isConnections(entry.name))
    .sort((a, b) => depth(a.name) - depth(b.name) || a.name.localeCompare(b.name));
  const chosen = found[0];
  if (!chosen) {
    if (entries.some((entry) => entry.name === 'xl/workbook.xml')) {
      throw new LinkedInFileError(
        "This is an Excel workbook, not LinkedIn's Connections.csv. Choose the Connections.csv file from LinkedIn's download (or save the sheet as CSV first).",
      );
    }
    throw new LinkedInFileError(
      'This ZIP has no Connections.csv. Request your data from LinkedIn (Settings › Data privacy › Get a copy of your data) with Connections ticked, then choose the ZIP it sends or the Connections.csv inside it.',
    );
  }
  if (chosen.size > MAX_UNPACKED_BYTES) {
    throw new LinkedInFileError(`The Connections.csv in this ZIP is too large (${Math.round(chosen.size / 1024 / 1024)} MB) to be LinkedIn's.`);
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === chosen.name });
  } catch {
    throw new LinkedInFileError(
      'The Connections.csv in this ZIP could not be unpacked (the ZIP may be damaged or password-protected). Unzip it yourself and choose Connections.csv, or download it from LinkedIn again.',
    );
  }
  const data = files[chosen.name];
  if (!data) throw new LinkedInFileError('The Connections.csv in this ZIP could not be unpacked. Unzip it yourself and choose Connections.csv.');
  return data;
}

/** Every entry's name and unpacked size, read from the archive's directory without inflating anything. */
function listEntries(bytes: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  } catch {
    throw new LinkedInFileError('This ZIP file could not be opened; it may be damaged or incomplete. Download it from LinkedIn again and try once more.');
  }
  return entries;
}

function parts(name: string): string[] {
  return name.split(/[\\/]/u).filter((part) => part !== '');
}

function isConnections(name: string): boolean {
  const path = parts(name);
  const base = path[path.length - 1];
  return base?.toLowerCase() === 'connections.csv' && !path.includes('__MACOSX');
}

function depth(name: string): number {
  return parts(name).length;
}
