import type { Database } from 'better-sqlite3';
import type { OccasionKind, ReminderNotification, ReminderSettings, ReminderStatus } from '../../../shared';
import { notFound } from '../errors';
import type { SettingsRepository } from '../settings/settings-repository';
import { afterQuietHours, localDayKey, nextSummaryTime, summaryTime, usableZone } from './local-time';
import {
  currentThankYouMoment,
  followUpMoment,
  HOUR,
  nextThankYouMoment,
  parseKey,
  STALE_AFTER_MS,
  summaryKey,
  type Moment,
  type OwedThankYou,
} from './moments';
import { notificationsFor, type SummaryFigures } from './reminder-text';
import { RemindersRepository } from './reminders-repository';

/** Shown keys are kept this long, far past the 24 hours in which a moment can still be shown. */
const KEEP_SHOWN_MS = 60 * 24 * HOUR;
const SUMMARY_NAMES = 3;

export interface ReminderServiceOptions {
  /** The user's IANA time zone, read at every computation so that a change is seen. */
  timeZone?: () => string;
  /** For the times in notifications; undefined is the system's. */
  locale?: string;
}

export interface ReminderPlan {
  claimable: string[];
  nextReminderAt: number | null;
  upcomingAt: number | null;
}

interface Due {
  /** Not shown yet. */
  fresh: Moment[];
  /** Snoozed from a notification, back now. */
  again: Moment[];
  /** Snoozed, but what they stood for no longer applies. */
  stale: string[];
}

/**
 * Reminders derived from the database at the time asked: nothing is queued, so a change to a
 * thank-you, a restart or a sleep loses nothing. What was shown is recorded by key, so nothing is
 * shown twice. See "Reminders" in docs/architecture.md for the rules.
 */
export class ReminderService {
  private readonly repository: RemindersRepository;
  private readonly timeZone: () => string;
  private readonly locale: string | undefined;

  constructor(
    db: Database,
    private readonly now: () => Date,
    private readonly settings: SettingsRepository,
    options: ReminderServiceOptions = {},
  ) {
    this.repository = new RemindersRepository(db);
    this.timeZone = options.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    this.locale = options.locale;
  }

  /** Marks every reminder whose time has come as shown and answers them grouped into notifications. */
  claim(): ReminderNotification[] {
    const now = this.now().getTime();
    const settings = this.settings.get().reminders;
    const zone = this.zone();
    if (!settings.enabled || this.allowedFrom(now, settings, zone) !== now) return [];
    return this.repository.immediate(() => {
      const due = this.due(now, settings, zone, this.repository.owedSnoozedPast(now - STALE_AFTER_MS));
      for (const moment of due.fresh) this.repository.markShown(moment.key, now);
      for (const moment of due.again) this.repository.markShownAgain(moment.key, now);
      for (const key of due.stale) this.repository.forgetAgain(key);
      this.repository.pruneShownBefore(now - KEEP_SHOWN_MS);
      const moments = [...due.fresh, ...due.again];
      const summary = moments.some((moment) => moment.reason === 'morning-summary') ? this.summaryFigures(now) : null;
      return notificationsFor(moments, summary, { now, zone, locale: this.locale });
    });
  }

  /** Brings shown notifications back `minutes` from now; answers when they will come (quiet hours and pause applied). */
  snooze(keys: readonly string[], minutes: number): { remindAt: number } {
    const now = this.now().getTime();
    const at = now + minutes * 60_000;
    if (this.repository.remindAgain([...new Set(keys)], at) === 0) throw notFound('That reminder');
    return { remindAt: this.allowedFrom(at, this.settings.get().reminders, this.zone()) };
  }

  status(): ReminderStatus {
    const now = this.now().getTime();
    const settings = this.settings.get().reminders;
    const { owed, overdue } = this.repository.counts(now);
    return {
      owed,
      overdue,
      nextDueAt: this.repository.nextDueAt(now),
      nextReminderAt: this.nextReminderAt(),
      enabled: settings.enabled,
      pausedUntil: settings.pausedUntil !== null && settings.pausedUntil > now ? settings.pausedUntil : null,
    };
  }

  /** When the next reminder will be shown (quiet hours and pause applied): now when one is waiting to be claimed; null when none is planned. */
  nextReminderAt(): number | null {
    return this.plan().nextReminderAt;
  }

  /**
   * What can be claimed now (nothing in quiet hours, a pause or with reminders off); when the next
   * reminder will be shown (now, if one is waiting to be claimed); and when the next one still to
   * come will be. Null: none planned.
   */
  plan(): ReminderPlan {
    const now = this.now().getTime();
    const settings = this.settings.get().reminders;
    if (!settings.enabled) return { claimable: [], nextReminderAt: null, upcomingAt: null };
    const zone = this.zone();
    // One pass over the snoozed thank-yous (no index holds snooze ends) serves both questions.
    const snoozed = this.repository.owedSnoozedPast(now - STALE_AFTER_MS);
    const due = this.due(now, settings, zone, snoozed);
    const next = this.nextMomentAfter(now, settings, zone, snoozed.filter((thankYou) => thankYou.snoozedUntil! > now));
    const upcomingAt = next === null ? null : this.allowedFrom(next, settings, zone);
    const waiting = [...due.fresh, ...due.again].map((moment) => moment.key).sort();
    if (!waiting.length) return { claimable: [], nextReminderAt: upcomingAt, upcomingAt };
    const allowedAt = this.allowedFrom(now, settings, zone);
    return { claimable: allowedAt === now ? waiting : [], nextReminderAt: allowedAt, upcomingAt };
  }

  private zone(): string {
    return usableZone(this.timeZone());
  }

  /** The first instant at or after `instant` outside a pause and quiet hours. */
  private allowedFrom(instant: number, settings: ReminderSettings, zone: string): number {
    const unpaused = settings.pausedUntil !== null && settings.pausedUntil > instant ? settings.pausedUntil : instant;
    return afterQuietHours(unpaused, settings.quietHours, zone);
  }

  private lead(settings: ReminderSettings): (kind: OccasionKind) => number {
    return (kind) => settings.leadHours[kind] * HOUR;
  }

  /** The moments that have come and were not shown, and the snoozed ones back now. */
  private due(now: number, settings: ReminderSettings, zone: string, snoozed: readonly OwedThankYou[]): Due {
    const lead = this.lead(settings);
    const since = now - STALE_AFTER_MS;
    const fresh: Moment[] = [];
    const seen = new Set<number>();
    const maxLead = Math.max(...Object.values(settings.leadHours)) * HOUR;
    // Due within the lead ahead (due soon), or in the last day (overdue); or a snooze just ended.
    for (const thankYou of [...this.repository.owedDueIn(since, now + maxLead), ...snoozed]) {
      if (seen.has(thankYou.id)) continue;
      seen.add(thankYou.id);
      const moment = currentThankYouMoment(thankYou, lead(thankYou.kind), now);
      if (moment && moment.at > since && !this.repository.wasShown(moment.key)) fresh.push(moment);
    }
    for (const followUp of this.repository.followUpsDueIn(since, now)) {
      const moment = followUpMoment(followUp);
      if (!this.repository.wasShown(moment.key)) fresh.push(moment);
    }
    if (settings.morningSummary) {
      const at = summaryTime(now, settings.quietHours, zone);
      const key = summaryKey(localDayKey(now, zone));
      if (at <= now && !this.repository.wasShown(key) && this.repository.anyOwedAt(at)) fresh.push({ reason: 'morning-summary', key, at });
    }
    const again: Moment[] = [];
    const stale: string[] = [];
    for (const row of this.repository.dueAgain(now)) {
      const moment = row.remindAgainAt > since ? this.stillApplies(row.key, now, settings) : null;
      if (moment) again.push(moment);
      else stale.push(row.key);
    }
    return { fresh, again, stale };
  }

  /** A snoozed notification comes back only if it still stands: owed, same due time, not overtaken by another moment. */
  private stillApplies(key: string, now: number, settings: ReminderSettings): Moment | null {
    const parsed = parseKey(key);
    if (!parsed) return null;
    if (parsed.reason === 'morning-summary') return this.repository.anyOwedAt(now) ? { reason: 'morning-summary', key, at: now } : null;
    if (parsed.reason === 'follow-up') {
      const followUp = this.repository.followUp(parsed.thankYouId!);
      const moment = followUp && followUpMoment(followUp);
      return moment?.key === key ? moment : null;
    }
    const thankYou = this.repository.owed(parsed.thankYouId!);
    const moment = thankYou && currentThankYouMoment(thankYou, this.lead(settings)(thankYou.kind), now);
    return moment?.key === key ? moment : null;
  }

  /** The earliest moment after `after`, before quiet hours or a pause move it. `snoozedPast`: the owed thank-yous snoozed past `after`. */
  private nextMomentAfter(after: number, settings: ReminderSettings, zone: string, snoozedPast: readonly OwedThankYou[]): number | null {
    const lead = this.lead(settings);
    const candidates: number[] = [];
    const thankYouMoment = (thankYou: OwedThankYou) => nextThankYouMoment(thankYou, lead(thankYou.kind), after);
    // The first thank-you not snoozed is overdue at its due time; no other can come earlier than
    // its own due time less the longest lead, so the window ends there.
    const firstDue = this.repository.firstUnsnoozedDueAfter(after);
    if (firstDue !== null) {
      const maxLead = Math.max(...Object.values(settings.leadHours)) * HOUR;
      for (const thankYou of this.repository.owedDueIn(after, firstDue + maxLead)) candidates.push(thankYouMoment(thankYou) ?? Infinity);
    }
    for (const thankYou of snoozedPast) candidates.push(thankYouMoment(thankYou) ?? Infinity);
    candidates.push(this.repository.firstFollowUpDueAfter(after) ?? Infinity);
    candidates.push(this.repository.firstAgainAfterTime(after) ?? Infinity);
    if (settings.morningSummary) {
      const at = nextSummaryTime(after, settings.quietHours, zone);
      if (this.repository.anyOwedAt(at)) candidates.push(at);
    }
    const next = Math.min(...candidates);
    return Number.isFinite(next) ? next : null;
  }

  private summaryFigures(now: number): SummaryFigures {
    return {
      ...this.repository.counts(now),
      followUps: this.repository.followUpsDueWithinHorizon(now),
      names: this.repository.mostUrgentNames(now, SUMMARY_NAMES),
    };
  }
}
