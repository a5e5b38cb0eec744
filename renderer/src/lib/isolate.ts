/** A name inside a sentence, isolated so a right-to-left name does not reorder the words around it. */
export const isolate = (name: string) => `\u2068${name}\u2069`;
