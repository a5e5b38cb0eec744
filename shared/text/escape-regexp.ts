/** `text` as a literal inside a regular expression (names and phrases the user typed). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
