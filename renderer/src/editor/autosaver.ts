import { MAX_NOTE_LENGTH, type AppError, type Result, type ThankYouStatus } from '../../../shared';
import type { DraftFields } from './local-copy';

/** Typing pause before a save: long enough not to save every word, short enough to lose at most a second. */
export const AUTOSAVE_DELAY_MS = 750;
export const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000] as const;

export type SaveState =
  /** Nothing changed since the note was opened (a new draft from a template is not saved until you edit it). */
  | { phase: 'untouched' }
  /** Changed and about to be saved, or being saved. */
  | { phase: 'saving' }
  | { phase: 'saved'; at: string }
  /** Refused as it is (too long, a bad address): saved again once it changes. */
  | { phase: 'invalid'; error: AppError }
  /** The backend could not be reached or failed: tried again by itself at `retryAt`. */
  | { phase: 'retrying'; error: AppError; retryAt: number }
  /**
   * The data file cannot take writes until the person acts (read-only, moved away, damaged): the
   * text is kept on this computer; saved again once it changes or on "Retry now", never by a timer.
   */
  | { phase: 'stopped'; error: AppError }
  /** Sent, or saved from another window, in the meantime: nothing more is saved from here. */
  | { phase: 'conflict'; error: AppError };

/** Retrying by itself would fail the same way until someone fixes the file. */
const STOPPED_CODES: readonly AppError['code'][] = ['READ_ONLY', 'DATA_FILE_MOVED', 'DATABASE_DAMAGED', 'DATABASE_UNAVAILABLE'];

/** The note as another window saved it (a CONFLICT's details, or a newer read). */
export interface StoredDraft {
  fields: DraftFields;
  savedAt: string;
  revision: number;
}

export interface SavedDraft {
  status: ThankYouStatus;
  draftSavedAt: string;
  draftRevision: number;
}

interface Options {
  id: number;
  /** What the server has, and when it was saved (null: never). */
  saved: DraftFields;
  savedAt?: string | null;
  /** The note's revision when it was read: every save names the one it was written on. */
  revision: number;
  save(input: { id: number; draftRevision: number } & DraftFields): Promise<Result<SavedDraft>>;
  /** Keeps the text that is not confirmed yet (localStorage), and forgets it once it is. */
  keepCopy(fields: DraftFields): void;
  dropCopy(): void;
  onState(state: SaveState): void;
  onSaved(saved: SavedDraft): void;
  now?(): number;
}

export interface Autosaver {
  /** Records what the note is now; it is saved after the typing pause. */
  change(fields: DraftFields): void;
  /** Saves now whatever is waiting (blur, leaving the screen, closing the window, "Retry now"). */
  flush(): void;
  /**
   * The backend saved `fields` another way (a hand-off saves the note before handing it over):
   * they need no save of their own, and the indicator says "Saved".
   */
  savedElsewhere(fields: DraftFields, at: string, revision: number): void;
  /** The revision the next save is written on (a hand-off saves on it too). */
  revision(): number;
  /** A hand-off found the note saved elsewhere meanwhile: the same stop as a refused save. */
  conflictFound(error: AppError): void;
  /**
   * The person chose after a conflict (or the note was changed elsewhere while nothing was
   * waiting here): `stored` is what the database now has; `keep` is what the screen shows from
   * now on, saved over it at once when it differs ("Keep mine").
   */
  resolve(stored: StoredDraft, keep: DraftFields): void;
  /** Stops the timers (call flush first to save what is waiting); anything unconfirmed stays in the copy. */
  dispose(): void;
}

/**
 * The save loop of one note, without React: a debounce, one save in flight at a time (whatever
 * was typed meanwhile follows right after), the length limit checked before any call,
 * retries with growing pauses when the backend is unreachable, and a local copy of every text
 * until the backend has confirmed it.
 */
export function createAutosaver(options: Options): Autosaver {
  const now = options.now ?? Date.now;
  let latest = options.saved;
  let confirmed = options.saved;
  let inFlight = false;
  /** Sent meanwhile: nothing more is saved. */
  let locked = false;
  /** The screen is gone: no more timers, but a save that was asked for still runs. */
  let disposed = false;
  let saveWhenDone = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let savedAt = options.savedAt ?? null;
  let revision = options.revision;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (!disposed) timer = setTimeout(() => void run(), delay);
  };

  async function run(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (locked || same(latest, confirmed)) return;
    const fields = latest;
    options.keepCopy(fields);
    if (inFlight) {
      saveWhenDone = true;
      return;
    }
    const input = { id: options.id, draftRevision: revision, ...fields };
    // Refused without a round trip (the backend says the same): 100 KB on every pause would be waste.
    // Not with the contract's zod schema: zod probes `new Function`, which the CSP reports.
    if (fields.body.length > MAX_NOTE_LENGTH) {
      const message = `The note can be at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`;
      options.onState({ phase: 'invalid', error: { code: 'VALIDATION', message, fields: [{ field: 'body', message }] } });
      return;
    }
    inFlight = true;
    options.onState({ phase: 'saving' });
    const result = await options.save(input);
    inFlight = false;
    if (result.ok) {
      failures = 0;
      confirmed = fields;
      savedAt = result.value.draftSavedAt;
      revision = result.value.draftRevision;
      options.onSaved(result.value);
      if (same(latest, confirmed)) {
        options.dropCopy();
        options.onState({ phase: 'saved', at: result.value.draftSavedAt });
      } else if (saveWhenDone || disposed) {
        // Typed while it was saving and then asked to save now (blur, leaving): right away.
        saveWhenDone = false;
        void run();
      } else {
        schedule(AUTOSAVE_DELAY_MS);
      }
      return;
    }
    const error = result.error;
    saveWhenDone = false;
    if (error.code === 'CONFLICT') {
      locked = true;
      options.onState({ phase: 'conflict', error });
    } else if (error.code === 'VALIDATION' || error.code === 'NOT_FOUND') {
      options.onState({ phase: 'invalid', error });
    } else if (STOPPED_CODES.includes(error.code)) {
      options.onState({ phase: 'stopped', error });
    } else {
      // Unreachable, a full disk, a busy or failing disk: worth trying again as it is.
      const delay = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)]!;
      failures += 1;
      options.onState({ phase: 'retrying', error, retryAt: now() + delay });
      schedule(delay);
    }
  }

  return {
    change(fields) {
      latest = fields;
      if (locked || disposed) return;
      if (!inFlight && same(latest, confirmed)) {
        // Typed and undone: nothing to save, and what is saved is what is shown.
        clearTimeout(timer);
        options.dropCopy();
        options.onState(savedAt ? { phase: 'saved', at: savedAt } : { phase: 'untouched' });
        return;
      }
      options.onState({ phase: 'saving' });
      schedule(AUTOSAVE_DELAY_MS);
    },
    flush() {
      if (locked || same(latest, confirmed)) return;
      options.keepCopy(latest);
      void run();
    },
    savedElsewhere(fields, at, savedRevision) {
      if (locked || disposed) return;
      confirmed = fields;
      savedAt = at;
      revision = savedRevision;
      // A save in flight compares again when it answers.
      if (inFlight || !same(latest, confirmed)) return;
      clearTimeout(timer);
      options.dropCopy();
      options.onState({ phase: 'saved', at });
    },
    revision: () => revision,
    conflictFound(error) {
      if (disposed) return;
      clearTimeout(timer);
      locked = true;
      options.onState({ phase: 'conflict', error });
    },
    resolve(stored, keep) {
      if (disposed || inFlight) return;
      locked = false;
      failures = 0;
      confirmed = stored.fields;
      savedAt = stored.savedAt;
      revision = stored.revision;
      latest = keep;
      if (same(latest, confirmed)) {
        clearTimeout(timer);
        options.dropCopy();
        options.onState({ phase: 'saved', at: stored.savedAt });
      } else {
        options.keepCopy(latest);
        void run();
      }
    },
    dispose() {
      if (!same(latest, confirmed)) options.keepCopy(latest);
      clearTimeout(timer);
      disposed = true;
    },
  };
}

function same(a: DraftFields, b: DraftFields): boolean {
  return a.subject === b.subject && a.body === b.body && (a.recipient ?? null) === (b.recipient ?? null);
}
