/**
 * Text as the coach compares it: lower case, accents and other marks removed ("Zoë" → "zoe",
 * "Łukasz" → "lukasz"), typographic apostrophes made plain. Everything that matches names or
 * phrases goes through here, so "Zoë" in the note and "Zoe" on the person's page are the same word.
 */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u0640': '', // Arabic tatweel: a stretch, not a letter
};
const LETTER_PATTERN = /[ßæœøłđðþı\u2019\u2018\u02bc\u0640]/gu;
const MARKS = /\p{M}+/gu;

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(LETTER_PATTERN, (letter) => LETTERS[letter] ?? letter);
}

/** Words of folded text: letters and digits, with inner apostrophes kept ("i'm", "o'brien"). */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** How many words a reader counts: whitespace-separated runs holding a letter or a digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const run of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(run)) count += 1;
  return count;
}
