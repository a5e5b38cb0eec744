/** "overdue by 2 h" → "Overdue by 2 h": a phrase made the start of a sentence. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
