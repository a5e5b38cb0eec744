import { z } from 'zod';
import { MAX_DUE_HOURS } from '../domain/due-rules';
import { OCCASION_KINDS } from '../domain/occasion-kinds';
import { emailAddress, line, multiline } from './fields';
import { reminderSettingsSchema, reminderSettingsUpdateSchema } from './reminders';
import { CHANNELS } from './thanks';

const hours = z
  .number({ error: 'Enter a number of hours.' })
  .int({ error: 'Use whole hours.' })
  .min(1, { error: 'At least 1 hour.' })
  .max(MAX_DUE_HOURS, { error: `At most ${MAX_DUE_HOURS} hours (60 days).` });

export const dueHoursSchema = z.object(Object.fromEntries(OCCASION_KINDS.map((kind) => [kind, hours])) as Record<(typeof OCCASION_KINDS)[number], typeof hours>);

export const settingsSchema = z.object({
  yourName: z.string(),
  signature: z.string(),
  defaultChannel: z.enum(CHANNELS),
  dueHours: dueHoursSchema,
  /** The user's own email addresses: an imported invite leaves them out of the people to thank. */
  myAddresses: z.array(z.string()),
  reminders: reminderSettingsSchema,
  /** Desktop app only: start with the computer, hidden in the tray/menu bar. Off unless the user turns it on. */
  launchAtLogin: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsUpdateSchema = z
  .object({
    yourName: line('Your name', 200).optional(),
    signature: multiline('Signature', 2_000).optional(),
    defaultChannel: z.enum(CHANNELS).optional(),
    dueHours: dueHoursSchema.partial().strict().optional(),
    myAddresses: z
      .array(emailAddress, { error: 'Your addresses must be a list.' })
      .max(20, { error: 'At most 20 addresses.' })
      .transform((list) => list.filter((address, index) => list.findIndex((other) => other.toLowerCase() === address.toLowerCase()) === index))
      .optional(),
    reminders: reminderSettingsUpdateSchema.optional(),
    launchAtLogin: z.boolean().optional(),
  })
  .strict();
