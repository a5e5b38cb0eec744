/**
 * What the editor keeps in this browser profile's localStorage, per thank-you:
 *
 * - an **unsaved copy** of the note, written before every save and removed once the backend has
 *   confirmed that exact text. If a save fails (the note is over the limit, the server is gone,
 *   the window closed mid-save), reopening the note brings the copy back, so nothing typed is lost;
 * - the **cursor** position, so reopening a note puts you where you were.
 *
 * Storage can be full or disabled; then the editor simply works without it.
 */
export interface DraftFields {
  subject: string;
  body: string;
  recipient: string | null;
}

export interface UnsavedCopy extends DraftFields {
  /** When it was written (ms), to compare with the server's `draftSavedAt`. */
  writtenAt: number;
}

const copyKey = (id: number) => `thankful.unsaved-note.${id}`;
const cursorKey = (id: number) => `thankful.note-cursor.${id}`;

export function writeUnsavedCopy(id: number, fields: DraftFields, now = Date.now()): void {
  write(copyKey(id), JSON.stringify({ ...fields, writtenAt: now } satisfies UnsavedCopy));
}

export function readUnsavedCopy(id: number): UnsavedCopy | null {
  const value = parse(read(copyKey(id)));
  if (!value || typeof value !== 'object') return null;
  const { subject, body, recipient, writtenAt } = value as Record<string, unknown>;
  if (typeof subject !== 'string' || typeof body !== 'string' || typeof writtenAt !== 'number') return null;
  return { subject, body, recipient: typeof recipient === 'string' ? recipient : null, writtenAt };
}

export function clearUnsavedCopy(id: number): void {
  try {
    localStorage.removeItem(copyKey(id));
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}

/**
 * The copy to show instead of what the server has: only one written after the server's last save
 * (an older one was overtaken, e.g. by another window) and different from it.
 */
export function copyToRestore(copy: UnsavedCopy | null, server: DraftFields & { draftSavedAt: string | null }): UnsavedCopy | null {
  if (!copy) return null;
  const savedAt = server.draftSavedAt ? Date.parse(server.draftSavedAt) : 0;
  if (copy.writtenAt < savedAt) return null;
  if (copy.subject === server.subject && copy.body === server.body && (copy.recipient ?? null) === (server.recipient ?? null)) return null;
  return copy;
}

export function writeCursor(id: number, selection: { anchor: number; head: number }): void {
  write(cursorKey(id), JSON.stringify({ anchor: selection.anchor, head: selection.head }));
}

export function readCursor(id: number): { anchor: number; head: number } | undefined {
  const value = parse(read(cursorKey(id))) as { anchor?: unknown; head?: unknown } | null;
  if (!value || typeof value.anchor !== 'number' || typeof value.head !== 'number') return undefined;
  return { anchor: value.anchor, head: value.head };
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Full or disabled: the server copy is still the record.
  }
}

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
