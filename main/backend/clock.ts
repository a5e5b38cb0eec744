/**
 * The backend's sense of "now". Real time, unless the browser-mode server was started with
 * `--test-clock` for end-to-end tests: then tests may move it (it keeps ticking from there), so
 * "due in 24 hours" and "snoozed until 6 pm" can be tested without waiting.
 */
export interface Clock {
  now(): Date;
  /** Moves the clock so that it reads `iso` now; `null` returns to real time. */
  set(iso: string | null): void;
}

export function createClock(realNow: () => number = Date.now): Clock {
  let offset = 0;
  return {
    now: () => new Date(realNow() + offset),
    set(iso) {
      offset = iso === null ? 0 : Date.parse(iso) - realNow();
    },
  };
}
