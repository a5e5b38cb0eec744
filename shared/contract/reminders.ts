import { z } from 'zod';
import { OCCASION_KINDS, type OccasionKind } from '../domain/occasion-kinds';
import { id } from './fields';

/** Hours before a thank-you is due that "due soon" is said, unless Settings says otherwise. */
export const DEFAULT_REMINDER_LEAD_HOURS = 4;
export const MAX_REMINDER_LEAD_HOURS = 72;

const leadHours = z
  .number({ error: 'Enter a number of hours.' })
  .int({ error: 'Use whole hours.' })
  .min(1, { error: 'At least 1 hour.' })
  .max(MAX_REMINDER_LEAD_HOURS, { error: `At most ${MAX_REMINDER_LEAD_HOURS} hours.` });

export const reminderLeadHoursSchema = z.object(
  Object.fromEntries(OCCASION_KINDS.map((kind) => [kind, leadHours])) as Record<OccasionKind, typeof leadHours>,
);

/** A wall-clock time in the user's time zone, "HH:MM" (24-hour). */
export const clockTimeSchema = z
  .string({ error: 'Enter a time like 21:00.' })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: 'Enter a time like 21:00 (24-hour clock).' });

export const quietHoursSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((q) => q.start !== q.end, { error: 'Quiet hours need different start and end times.', path: ['end'] });

export const reminderSettingsSchema = z.object({
  /** The master switch: off means no notification at all (the dashboard, tray count and badge stay). */
  enabled: z.boolean(),
  /** Hours before a thank-you is due that a "due soon" notification comes, per occasion kind. */
  leadHours: reminderLeadHoursSchema,
  /** Nothing is shown in between (local time); what falls there comes at the end, never dropped. Null: none. */
  quietHours: quietHoursSchema.nullable(),
  /** A summary of what is owed when the day starts (at the end of quiet hours, else 08:00). */
  morningSummary: z.boolean(),
  /** Reminders held until this instant (the tray's "Pause for 1 hour" / "until tomorrow"); null when not paused. */
  pausedUntil: z.number().int().nullable(),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true,
  leadHours: Object.fromEntries(OCCASION_KINDS.map((kind) => [kind, DEFAULT_REMINDER_LEAD_HOURS])) as Record<OccasionKind, number>,
  quietHours: { start: '21:00', end: '08:00' },
  morningSummary: true,
  pausedUntil: null,
};

export const reminderSettingsUpdateSchema = z
  .object({
    enabled: z.boolean().optional(),
    leadHours: reminderLeadHoursSchema.partial().strict().optional(),
    quietHours: quietHoursSchema.nullable().optional(),
    morningSummary: z.boolean().optional(),
    pausedUntil: z.number().int().nonnegative().nullable().optional(),
  })
  .strict();

/** Why a notification is shown. */
export const REMINDER_REASONS = ['due-soon', 'overdue', 'follow-up', 'morning-summary'] as const;
export type ReminderReason = (typeof REMINDER_REASONS)[number];

/** Where clicking a notification (or a tray or menu item) takes the user. */
export const appTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('thank-you'), thankYouId: id }),
  z.object({ kind: z.literal('dashboard') }),
  z.object({ kind: z.literal('log-occasion') }),
  z.object({ kind: z.literal('settings') }),
]);
export type AppTarget = z.infer<typeof appTargetSchema>;

/** One notification to show: several reminders that fall together are grouped into one. */
export const reminderNotificationSchema = z.object({
  /** Stable for the moment it stands for: a system that already shows one with this tag replaces it. */
  tag: z.string(),
  reason: z.enum(REMINDER_REASONS),
  title: z.string(),
  body: z.string(),
  opens: appTargetSchema,
  /** The reminders it stands for; "Snooze" (where the system offers actions) brings them back later. */
  keys: z.array(z.string()),
});
export type ReminderNotification = z.infer<typeof reminderNotificationSchema>;

/** What the shell shows (tray, badge) and Settings says about reminders. */
export const reminderStatusSchema = z.object({
  /** Thank-yous still to write (pending or drafted, not snoozed), people not archived. */
  owed: z.number().int(),
  overdue: z.number().int(),
  /** The earliest due time among those owed and not overdue, or null. */
  nextDueAt: z.number().nullable(),
  /** When the next notification will come (quiet hours and pause applied), or null: none planned. */
  nextReminderAt: z.number().nullable(),
  enabled: z.boolean(),
  pausedUntil: z.number().nullable(),
});
export type ReminderStatus = z.infer<typeof reminderStatusSchema>;

export const REMINDER_SNOOZE_MINUTES = [15, 60, 180] as const;
export const snoozeRemindersSchema = z
  .object({
    keys: z.array(z.string().min(1).max(200)).min(1, { error: 'Nothing to snooze.' }).max(1000),
    minutes: z.number().int().min(5).max(24 * 60),
  })
  .strict();
