/**
 * TEST ONLY: a stand-in for the backend's dispatch, so the shell's pieces can be tested without a
 * database (and before a procedure is built). Each method answers what the test put in `answers`
 * (a value, or a function of the input); a method with no answer fails as the dispatcher would.
 */
import { vi } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, type ReminderStatus } from '../../shared/contract/reminders';
import type { Result } from '../../shared/contract/result';
import type { Settings } from '../../shared/contract/settings';
import type { Dispatch } from '../backend/dispatcher';
import { EventHub } from '../backend/events';

export type Answer = unknown | ((input: unknown) => unknown);

export interface FakeBackend {
  dispatch: ReturnType<typeof vi.fn<Dispatch>>;
  events: EventHub;
  answers: Map<string, Answer>;
  /** The inputs `method` was called with, in order. */
  calls(method: string): unknown[];
}

export function fakeBackend(initial: Record<string, Answer> = {}): FakeBackend {
  const answers = new Map<string, Answer>(Object.entries(initial));
  const dispatch = vi.fn<Dispatch>(async (method, input): Promise<Result<unknown>> => {
    if (!answers.has(String(method))) return { ok: false, error: { code: 'INTERNAL', message: `No answer for ${String(method)}` } };
    const answer = answers.get(String(method));
    return { ok: true, value: typeof answer === 'function' ? (answer as (input: unknown) => unknown)(input) : answer };
  });
  return {
    dispatch,
    events: new EventHub(),
    answers,
    calls: (method) => dispatch.mock.calls.filter(([name]) => name === method).map(([, input]) => input),
  };
}

export const STATUS_NOTHING_OWED: ReminderStatus = { owed: 0, overdue: 0, nextDueAt: null, nextReminderAt: null, enabled: true, pausedUntil: null };

export function settingsWith(changes: Partial<Omit<Settings, 'reminders'>> & { reminders?: Partial<Settings['reminders']> } = {}): Settings {
  return {
    yourName: '',
    signature: '',
    defaultChannel: 'email',
    dueHours: {} as Settings['dueHours'],
    myAddresses: [],
    launchAtLogin: false,
    ...changes,
    reminders: { ...DEFAULT_REMINDER_SETTINGS, ...changes.reminders },
  };
}

/** Lets promises settled by now run their callbacks (dispatch answers, then what follows them); works under fake timers. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
