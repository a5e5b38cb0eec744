/** btoa takes a string of bytes; it is built in slices so a large file does not overflow the call stack. */
const SLICE = 0x8000;

/** Bytes as base64, as the procedures that carry a file take it. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += SLICE) binary += String.fromCharCode(...bytes.subarray(at, at + SLICE));
  return btoa(binary);
}

/** A file the backend made (a ZIP), back to bytes for a download. */
export function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export type PickedFile = { ok: true; file: { name: string; data: string } } | { ok: false; message: string };

/** A file the user picked, as base64, refused with a sentence when it is too large, empty or unreadable. */
export async function readPickedFile(file: File, maxBytes: number): Promise<PickedFile> {
  if (file.size > maxBytes) return { ok: false, message: `“${file.name}” is too large (at most ${Math.round(maxBytes / 1024 / 1024)} MB).` };
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  try {
    return { ok: true, file: { name: file.name, data: toBase64(new Uint8Array(await file.arrayBuffer())) } };
  } catch {
    return { ok: false, message: `“${file.name}” could not be read. Check that it is still there, then try again.` };
  }
}
