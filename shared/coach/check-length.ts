import type { CheckResult } from './check-types';

/** An e-mail thank-you long enough to be personal, short enough to be read to the end. */
export const MIN_WORDS = 80;
export const MAX_WORDS = 250;

/** "2,019": grouped the same way in every locale. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');

/** `words`: the body only (see note-parts), so the greeting, sign-off and signature do not pad the count. */
export function checkLength(words: number): CheckResult {
  const range = `${MIN_WORDS}–${MAX_WORDS}`;
  if (words === 0) return { ok: false, message: `The body is empty; aim for ${range} words.` };
  if (words < MIN_WORDS) return { ok: false, message: `Only ${words} words in the body; aim for ${range}, with room for what you discussed.` };
  if (words > MAX_WORDS) return { ok: false, message: `${count(words)} words in the body; trim toward ${MAX_WORDS} so it is read to the end.` };
  return { ok: true, message: `${words} words in the body (greeting and sign-off not counted), within ${range}.` };
}
