/**
 * "24 h = 1 day", "36 h = 1 day 12 h": what a number of hours means, for the deadline inputs.
 * Returns null when the text is not a whole, positive number of hours (the input's own message
 * says what is wrong once the user saves).
 */
export function describeHours(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\d+$/u.test(trimmed)) return null;
  const hours = Number(trimmed);
  if (hours < 1) return null;
  if (hours < 24) return hours === 1 ? '1 hour' : `${hours} hours`;
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const dayText = days === 1 ? '1 day' : `${days} days`;
  return rest === 0 ? `${hours} h = ${dayText}` : `${hours} h = ${dayText} ${rest} h`;
}

/**
 * The number to send for what was typed. Text that is not a number goes as NaN, which the
 * contract refuses with its own message ("Enter a number of hours."), so there is one set of rules.
 */
export function parseHours(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}
