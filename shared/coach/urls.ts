/**
 * Links as the coach compares them: "https://www.example.com/deck/" and "example.com/deck" are the
 * same promised link. (No `URL` here: shared/ has no DOM or Node types, and these need not be valid.)
 */
const TLD = 'com|org|net|io|dev|co|ai|app|edu|gov|me|info|so|xyz|uk|de|fr|ca|eu|nl|ch|es|it|in|au|us|ly|gg|tech|page|site|blog|pub';
const URL_PATTERN = new RegExp(
  String.raw`(?<![@\w.-])(?:https?:\/\/[^\s<>()"']+|www\.[^\s<>()"']+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:${TLD})\b(?:\/[^\s<>()"']*)?)`,
  'giu',
);
const TRAILING = /[.,;:!?)\]'"”’…]+$/u;

/** Links written in a text: with a scheme, starting "www.", or a bare domain such as "github.com/priya/demo". */
export function extractUrls(text: string): string[] {
  return (text.match(URL_PATTERN) ?? []).map((url) => url.replace(TRAILING, '')).filter((url) => !/^[^/]*@/u.test(url));
}

function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url; // a stray "%" that is not an escape: compare as written
  }
}

/** Scheme, "www.", fragment, trailing slash, letter case and percent-escapes do not make a link another. */
export function normalizeUrl(url: string): string {
  return decoded(url.trim())
    .replace(TRAILING, '')
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//u, '')
    .replace(/^www\./u, '')
    .replace(/#.*$/u, '')
    .replace(/\/+(?=\?|$)/u, '');
}

/** Whether a note's link is the promised one: the same, or the same with a query or fragment added. */
export function sameLink(promised: string, inNote: string): boolean {
  return inNote === promised || inNote.startsWith(`${promised}?`) || inNote.startsWith(`${promised}/?`);
}
