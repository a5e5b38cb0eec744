/** "overdue by 2 h" → "Overdue by 2 h": a phrase made the start of a sentence. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Points for Marcus Chen" → "points for Marcus Chen": a label used mid-sentence, names kept as written. */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
