import { z } from 'zod';

export const databaseStatusSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), path: z.string(), schemaVersion: z.number().int() }),
  z.object({
    status: z.literal('error'),
    path: z.string(),
    /**
     * `newer-version`: written by a newer Thankful; `damaged`: not a database or fails its check;
     * `in-use`: another Thankful process has the data folder open; `missing`: the data file is gone
     * but its journal is still there (moved or deleted while in use), so no new one is made.
     */
    reason: z.enum(['newer-version', 'damaged', 'cannot-open', 'in-use', 'missing']),
    message: z.string(),
  }),
]);

export type DatabaseStatus = z.infer<typeof databaseStatusSchema>;

export const appInfoSchema = z.object({
  name: z.literal('Thankful'),
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  database: databaseStatusSchema,
});

export type AppInfo = z.infer<typeof appInfoSchema>;
