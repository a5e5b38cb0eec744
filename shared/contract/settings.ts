import { z } from 'zod';
import { MAX_DUE_HOURS } from '../domain/due-rules';
import { OCCASION_KINDS } from '../domain/occasion-kinds';
import { line, multiline } from './fields';
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
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsUpdateSchema = z
  .object({
    yourName: line('Your name', 200).optional(),
    signature: multiline('Signature', 2_000).optional(),
    defaultChannel: z.enum(CHANNELS).optional(),
    dueHours: dueHoursSchema.partial().strict().optional(),
  })
  .strict();
