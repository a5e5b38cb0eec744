const NAMES: Record<string, [string, string]> = {
  people: ['person', 'people'],
  occasions: ['occasion', 'occasions'],
  thankYous: ['thank-you', 'thank-yous'],
  opportunities: ['opportunity', 'opportunities'],
  templates: ['template', 'templates'],
};

/** "12 people, 30 occasions and 41 thank-yous": the records worth naming, in words. */
export function countsText(counts: Record<string, number>): string {
  const parts = Object.entries(NAMES)
    .filter(([key]) => (counts[key] ?? 0) > 0)
    .map(([key, [one, many]]) => `${(counts[key] ?? 0).toLocaleString()} ${counts[key] === 1 ? one : many}`);
  if (parts.length === 0) return 'your settings';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}
