/** When a snooze could end: an hour from now, this evening, tomorrow morning. */
export function snoozeChoices(now: Date): { label: string; until: Date }[] {
  const choices: { label: string; until: Date }[] = [{ label: '1 hour', until: new Date(now.getTime() + 3_600_000) }];
  const evening = new Date(now);
  evening.setHours(18, 0, 0, 0);
  if (evening.getTime() - now.getTime() > 3_600_000) choices.push({ label: 'This evening', until: evening });
  const morning = new Date(now);
  morning.setDate(morning.getDate() + 1);
  morning.setHours(9, 0, 0, 0);
  choices.push({ label: 'Tomorrow morning', until: morning });
  return choices;
}
