import { z } from 'zod';

export const databaseStatusSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    path: z.string(),
    schemaVersion: z.number().int(),
    /**
     * Set when the file (or its folder) cannot be written: everything can still be read, and this
     * says why nothing can be saved and what to do. Every change is refused with READ_ONLY.
     */
    readOnly: z.string().optional(),
  }),
  z.object({
    status: z.literal('error'),
    path: z.string(),
    /**
     * `newer-version`: written by a newer Thankful; `damaged`: not a database or fails its check;
     * `in-use`: another Thankful process has the data folder open; `missing`: the data file is gone
     * but its journal is still there (moved or deleted while in use), so no new one is made;
     * `moved`: the file was moved, deleted or replaced while this Thankful had it open (found
     * before a write or by `app.info`), so nothing more is written; `read-only`: the file cannot be
     * written and needs an upgrade first, or its folder is read-only so not even reading works.
     */
    reason: z.enum(['newer-version', 'damaged', 'cannot-open', 'in-use', 'missing', 'moved', 'read-only']),
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
