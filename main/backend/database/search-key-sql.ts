/**
 * SQL for the search key of a column (shared/text/search-key.ts, registered as `search_key()`
 * on each connection). Calling into JavaScript for every row costs more than the search itself on
 * a long list, and for ASCII text the key is plain `lower()`: only text with another character
 * (GLOB `[^ -~]`) goes through the function.
 */
export function searchKeySql(column: string): string {
  return `(CASE WHEN ${column} GLOB '*[^ -~]*' THEN search_key(${column}) ELSE lower(${column}) END)`;
}
