import { IMPORT_FILE_MAX_BYTES, type ImportFile } from '../../../shared';
import { toBase64 } from '../lib/base64';

export type FileRead = { ok: true; file: ImportFile } | { ok: false; message: string };

const MAX_MB = IMPORT_FILE_MAX_BYTES / 1024 / 1024;
/**
 * A file the user dropped or picked, read for an import. The bytes go as they are: the backend
 * reads their encoding (UTF-8, UTF-16, windows-1252), so nothing is decoded here.
 */
export async function readImportFile(file: File): Promise<FileRead> {
  if (file.size > IMPORT_FILE_MAX_BYTES) {
    // LinkedIn's archive with everything in it is the usual culprit; what Thankful needs is one small file inside.
    const hint = /\.zip$/iu.test(file.name) ? ' If it is LinkedIn’s archive, unzip it and choose Connections.csv from it.' : '';
    return { ok: false, message: `“${file.name}” is too large to import (at most ${MAX_MB} MB).${hint}` };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  try {
    return { ok: true, file: { name: file.name, data: toBase64(new Uint8Array(await file.arrayBuffer())) } };
  } catch {
    // The file was moved or deleted after it was picked, or the disk could not be read.
    return { ok: false, message: `“${file.name}” could not be read. Check that it is still there, then try again.` };
  }
}

/** Text the user pasted (an invite's source), as a file. */
export function pastedFile(name: string, text: string): ImportFile {
  return { name, data: toBase64(new TextEncoder().encode(text)) };
}
