import type { Database, Statement } from 'better-sqlite3';
import { DEFAULT_DUE_HOURS, DEFAULT_REMINDER_SETTINGS, OCCASION_KINDS, reminderSettingsSchema, type DueRules, type OccasionKind, type ReminderSettings, type Settings } from '../../../shared';
import type { DueTimes } from '../thanks/due-times';

const DEFAULTS: Settings = {
  yourName: '',
  signature: '',
  defaultChannel: 'email',
  dueHours: DEFAULT_DUE_HOURS,
  myAddresses: [],
  reminders: DEFAULT_REMINDER_SETTINGS,
  launchAtLogin: false,
};

type ReminderChanges = Partial<Omit<ReminderSettings, 'leadHours'>> & { leadHours?: Partial<ReminderSettings['leadHours']> | undefined };
export type SettingsChanges = Partial<Omit<Settings, 'dueHours' | 'reminders'>> & { dueHours?: Partial<DueRules> | undefined; reminders?: ReminderChanges | undefined };

const SETTING_KEYS = ['yourName', 'signature', 'defaultChannel', 'dueHours', 'myAddresses', 'reminders', 'launchAtLogin'] as const;

/**
 * Settings as JSON values under keys. Read once and cached: the due rules are consulted on every
 * occasion save. A changed deadline moves the due time of every thank-you still to do whose
 * due time the user did not set by hand.
 */
export class SettingsRepository {
  private cache: Settings | undefined;
  private readonly selectAll: Statement<[], { key: string; value: string }>;
  private readonly upsert: Statement<[string, string]>;

  constructor(
    private readonly db: Database,
    private readonly dueTimes: DueTimes,
  ) {
    this.selectAll = db.prepare('SELECT key, value FROM settings');
    this.upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  get(): Settings {
    if (!this.cache) {
      const stored = Object.fromEntries(this.selectAll.all().map(({ key, value }) => [key, JSON.parse(value) as unknown]));
      this.cache = {
        yourName: typeof stored.yourName === 'string' ? stored.yourName : DEFAULTS.yourName,
        signature: typeof stored.signature === 'string' ? stored.signature : DEFAULTS.signature,
        defaultChannel: (stored.defaultChannel as Settings['defaultChannel'] | undefined) ?? DEFAULTS.defaultChannel,
        dueHours: { ...DEFAULT_DUE_HOURS, ...((stored.dueHours as Partial<DueRules> | undefined) ?? {}) },
        myAddresses: Array.isArray(stored.myAddresses) ? stored.myAddresses.filter((address): address is string => typeof address === 'string') : DEFAULTS.myAddresses,
        reminders: storedReminders(stored.reminders),
        launchAtLogin: stored.launchAtLogin === true,
      };
    }
    return this.cache;
  }

  dueHours(kind: OccasionKind): number {
    return this.get().dueHours[kind];
  }

  update(changes: SettingsChanges): Settings {
    return this.db.transaction(() => {
      // Read inside the (immediate) transaction, not from the cache, and write only what changed:
      // an update never puts back values that something else wrote meanwhile.
      this.cache = undefined;
      const current = this.get();
      const next: Settings = {
        yourName: changes.yourName ?? current.yourName,
        signature: changes.signature ?? current.signature,
        defaultChannel: changes.defaultChannel ?? current.defaultChannel,
        dueHours: { ...current.dueHours, ...changes.dueHours },
        myAddresses: changes.myAddresses ?? current.myAddresses,
        reminders: {
          ...current.reminders,
          ...withoutUndefined(changes.reminders ?? {}),
          leadHours: { ...current.reminders.leadHours, ...withoutUndefined(changes.reminders?.leadHours ?? {}) },
        },
        launchAtLogin: changes.launchAtLogin ?? current.launchAtLogin,
      };
      for (const key of SETTING_KEYS) {
        if (changes[key] !== undefined && JSON.stringify(next[key]) !== JSON.stringify(current[key])) this.upsert.run(key, JSON.stringify(next[key]));
      }
      for (const kind of OCCASION_KINDS) {
        if (next.dueHours[kind] !== current.dueHours[kind]) this.dueTimes.recomputeKind(kind, next.dueHours[kind]);
      }
      this.cache = next;
      return next;
    }).immediate();
  }

  /** Forget the cache (a rolled-back transaction must not leave it ahead of the database). */
  invalidate(): void {
    this.cache = undefined;
  }
}

/** What is stored, over the defaults; a value a newer or broken version left that does not fit is ignored. */
function storedReminders(value: unknown): ReminderSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_REMINDER_SETTINGS;
  const stored = value as Partial<ReminderSettings>;
  const merged = { ...DEFAULT_REMINDER_SETTINGS, ...stored, leadHours: { ...DEFAULT_REMINDER_SETTINGS.leadHours, ...(stored.leadHours ?? {}) } };
  const parsed = reminderSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
