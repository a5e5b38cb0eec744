import { OCCASION_KIND_LABELS, REMINDER_REASONS, type ReminderNotification, type ReminderReason } from '../../../shared';
import { localDayKey } from './local-time';
import { HOUR, type Moment, type OwedThankYou } from './moments';

/** What the morning summary counts, read when it is shown. */
export interface SummaryFigures {
  owed: number;
  overdue: number;
  followUps: number;
  /** The most urgent people owed, first few only. */
  names: string[];
}

export interface TextContext {
  now: number;
  zone: string;
  /** For times ("3:30 PM"); undefined is the system's. */
  locale: string | undefined;
}

const NAMES_LISTED = 3;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Moments that fall together become one notification per reason: one thank-you opens its note,
 * several open the dashboard. Plain text only (the system shows it as it is), names as typed.
 * The tag is the first moment's key, so a system showing that notification already replaces it.
 */
export function notificationsFor(moments: readonly Moment[], summary: SummaryFigures | null, context: TextContext): ReminderNotification[] {
  const byReason = new Map<ReminderReason, Moment[]>();
  for (const moment of [...moments].sort((a, b) => a.at - b.at || a.key.localeCompare(b.key))) {
    byReason.set(moment.reason, [...(byReason.get(moment.reason) ?? []), moment]);
  }
  const notifications: ReminderNotification[] = [];
  for (const reason of REMINDER_REASONS) {
    const group = byReason.get(reason);
    if (!group?.length) continue;
    const keys = group.map((moment) => moment.key);
    const base = { tag: keys[0]!, reason, keys };
    if (reason === 'morning-summary') {
      if (summary && summary.owed > 0) notifications.push({ ...base, ...summaryText(summary), opens: { kind: 'dashboard' } });
    } else if (reason === 'follow-up') {
      notifications.push({ ...base, ...followUpText(group), opens: opensFor(group) });
    } else {
      notifications.push({ ...base, ...thankYouText(reason, group, context), opens: opensFor(group) });
    }
  }
  return notifications;
}

function opensFor(group: Moment[]): ReminderNotification['opens'] {
  const only = group.length === 1 ? group[0]! : undefined;
  if (only && 'thankYou' in only) return { kind: 'thank-you', thankYouId: only.thankYou.id };
  if (only && 'followUp' in only) return { kind: 'thank-you', thankYouId: only.followUp.id };
  return { kind: 'dashboard' };
}

function thankYouText(reason: 'due-soon' | 'overdue', group: Moment[], context: TextContext): { title: string; body: string } {
  const thankYous = group.flatMap((moment) => ('thankYou' in moment ? [moment.thankYou] : []));
  const first = thankYous[0]!;
  if (thankYous.length === 1) {
    const where = `${OCCASION_KIND_LABELS[first.kind]} · ${first.company || first.occasionTitle}`;
    return reason === 'due-soon'
      ? { title: `Thank ${first.fullName} within ${span(first.dueAt - context.now)}`, body: `${where} — due ${time(first.dueAt, context)}` }
      : { title: `Your thank-you to ${first.fullName} is overdue`, body: `${where} — was due ${time(first.dueAt, context)}` };
  }
  const earliest = thankYous.reduce<OwedThankYou>((a, b) => (b.dueAt < a.dueAt ? b : a), first);
  const names = nameList(thankYous.map((thankYou) => thankYou.fullName));
  return reason === 'due-soon'
    ? { title: `${thankYous.length} thank-yous are due soon`, body: `${names} — the first due ${time(earliest.dueAt, context)}` }
    : { title: `${thankYous.length} thank-yous are overdue`, body: names };
}

function followUpText(group: Moment[]): { title: string; body: string } {
  const followUps = group.flatMap((moment) => ('followUp' in moment ? [moment.followUp] : []));
  const first = followUps[0]!;
  if (followUps.length === 1) {
    return { title: `Time to follow up with ${first.fullName}`, body: `${first.text} · ${first.company || first.occasionTitle}` };
  }
  return { title: `${followUps.length} follow-ups are due`, body: nameList(followUps.map((followUp) => followUp.fullName)) };
}

function summaryText(summary: SummaryFigures): { title: string; body: string } {
  const title = `You owe ${plural(summary.owed, 'thank-you', 'thank-yous')}${summary.overdue ? ` (${summary.overdue} overdue)` : ''}`;
  const rest = summary.owed - summary.names.length;
  const names = rest > 0 ? `${summary.names.join(', ')} and ${rest} more` : joinAnd(summary.names);
  const followUps = summary.followUps ? ` · ${plural(summary.followUps, 'follow-up', 'follow-ups')} due` : '';
  return { title, body: `${names}${followUps}` };
}

function nameList(names: string[]): string {
  if (names.length <= NAMES_LISTED) return joinAnd(names);
  return `${names.slice(0, NAMES_LISTED).join(', ')} and ${names.length - NAMES_LISTED} more`;
}

function joinAnd(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "4 hours", "1 hour", "25 minutes": how long is left, rounded up (the note is due by then). */
function span(ms: number): string {
  if (ms >= HOUR) return plural(Math.ceil(ms / HOUR - 1e-9), 'hour', 'hours');
  return plural(Math.max(1, Math.ceil(ms / 60_000)), 'minute', 'minutes');
}

/** The time in the user's zone, with the weekday when it is not today. */
function time(instant: number, context: TextContext): string {
  const sameDay = localDayKey(instant, context.zone) === localDayKey(context.now, context.zone);
  const cacheKey = `${context.locale ?? ''}|${context.zone}|${sameDay}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(context.locale, {
      timeZone: context.zone,
      hour: 'numeric',
      minute: '2-digit',
      ...(sameDay ? {} : { weekday: 'short' }),
    });
    formatters.set(cacheKey, formatter);
  }
  return formatter.format(instant);
}
