import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { OccasionKind, ReminderNotification, ReminderSettings } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';
import { DATABASE_FILE_NAME, openDatabase } from '../database/open-database';
import { EventHub } from '../events';
import { SettingsRepository } from '../settings/settings-repository';
import { DueTimes } from '../thanks/due-times';
import { ReminderService } from './reminder-service';
import type { Timers } from './reminder-timer';
import { startReminders, type Reminders } from './reminders';

/**
 * Tests only. A real backend on a temporary folder for making data through the procedures, and
 * reminders on a second connection to the same file with a time zone, clock and timers the test
 * controls: `advanceTo` moves the clock and fires what the timer set on the way.
 */
export class ReminderHarness {
  readonly backend: TestBackend;
  readonly db: Database;
  readonly settings: SettingsRepository;
  readonly events = new EventHub();
  readonly timers = new FakeTimers(() => this.backend.clock.now().getTime());
  zone: string;
  /** `reminders.due` announcements heard so far. */
  announced = 0;
  readonly service: ReminderService;
  private started: Reminders | undefined;

  constructor(now: string, zone = 'UTC', dataDir?: string) {
    this.backend = startTestBackend(now, dataDir);
    this.zone = zone;
    this.db = openDatabase(path.join(this.backend.dataDir, DATABASE_FILE_NAME));
    this.settings = new SettingsRepository(this.db, new DueTimes(this.db));
    this.service = new ReminderService(this.db, this.backend.clock.now, this.settings, { timeZone: () => this.zone, locale: 'en-US' });
    this.events.subscribe((event) => {
      if (event.topic === 'reminders.due') this.announced++;
    });
  }

  /** Starts the timer (as the backend does) on this harness's clock and timers. */
  startTimer(): Reminders {
    this.started = startReminders({
      db: this.db,
      now: this.backend.clock.now,
      settings: this.settings,
      events: this.events,
      timeZone: () => this.zone,
      timers: this.timers,
      logError: (error) => {
        throw error;
      },
    });
    return this.started;
  }

  /** What `startTimer` started. */
  reminders(): Reminders {
    if (!this.started) throw new Error('Call startTimer first.');
    return this.started;
  }

  now(): number {
    return this.backend.clock.now().getTime();
  }

  /** Moves the clock, running each timer that comes due on the way at its own time. */
  advanceTo(iso: string): void {
    this.timers.runUntil(Date.parse(iso), (at) => this.backend.clock.set(new Date(at).toISOString()));
    this.backend.clock.set(iso);
  }

  setReminders(changes: Partial<ReminderSettings>): void {
    this.settings.update({ reminders: changes });
    this.events.publish({ topic: 'settings.changed' });
  }

  /** A person (with a company) thanked for one occasion of `kind`, the thank-you due at `dueAt`; its id. */
  async thankYou(fullName: string, dueAt: string, kind: OccasionKind = 'interview', company = 'Northwind'): Promise<number> {
    const person = await this.backend.call('people.create', { fullName, company });
    const occasion = await this.backend.call('occasions.create', {
      kind,
      startsAt: new Date(Date.parse(dueAt) - 30 * 3_600_000).toISOString(),
      participants: [{ personId: person.id }],
    });
    const id = occasion.participants[0]!.thankYou!.id;
    await this.backend.call('thanks.setDue', { id, dueAt });
    this.events.publish({ topic: 'thanks.changed' });
    return id;
  }

  claim() {
    return this.service.claim();
  }

  claimedKeys(): string[] {
    return this.claim().flatMap((notification) => notification.keys);
  }

  close(): void {
    this.started?.dispose();
    this.db.close();
    this.backend.close();
  }
}

/** Intl puts a narrow no-break space before AM/PM; tests read plain spaces. */
export function plainText(notifications: ReminderNotification[]): ReminderNotification[] {
  const plain = (text: string) => text.replace(/\u202f/gu, ' ');
  return notifications.map((notification) => ({ ...notification, title: plain(notification.title), body: plain(notification.body) }));
}

interface Pending {
  id: number;
  at: number;
  callback: () => void;
}

/** setTimeout and clearTimeout on the test's clock. */
export class FakeTimers implements Timers {
  private pending: Pending[] = [];
  private nextId = 1;

  constructor(private readonly now: () => number) {}

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.push({ id, at: this.now() + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((timer) => timer.id !== handle);
  }

  /** When the one pending timer fires, or null. */
  get nextAt(): number | null {
    return this.pending.length ? Math.min(...this.pending.map((timer) => timer.at)) : null;
  }

  get count(): number {
    return this.pending.length;
  }

  runUntil(until: number, setNow: (at: number) => void): void {
    for (let runs = 0; runs < 10_000; runs++) {
      const next = [...this.pending].sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next || next.at > until) return;
      this.pending = this.pending.filter((timer) => timer !== next);
      setNow(Math.max(next.at, this.now()));
      next.callback();
    }
    throw new Error('The timer kept firing without time passing.');
  }
}
