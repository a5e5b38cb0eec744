/** Letters that do not decompose into a base letter and a mark, spelled as people type them on a plain keyboard. */
const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h' };
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'gu');

/**
 * What searches compare: lower case without accents, so "nunez" finds "Núñez", "zoe" finds "Zoë"
 * and "MULLER" finds "Müller". Stored beside each person (`people.search_text`) and computed the
 * same way from what is typed; SQLite calls it as `search_key()` for occasion titles. Letters of
 * scripts without case or accents (Arabic, Hebrew, CJK) pass through unchanged.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => FOLDS[letter]!);
}
