import { z } from 'zod';

/**
 * "Export everything": every record as JSON (a documented, versioned format: docs/full-export.md),
 * a CSV per table and everyone as a .vcf, in one ZIP. The JSON can be imported into an empty data folder.
 */
export const FULL_EXPORT_FORMAT = 'thankful-export';
export const FULL_EXPORT_VERSION = 1;

/** The ZIP, as base64 (the page saves it; it may be tens of megabytes). */
export const fullExportSchema = z.object({
  fileName: z.string(),
  type: z.literal('application/zip'),
  base64: z.string(),
  /** Records per table, for the message after saving. */
  counts: z.record(z.string(), z.number().int()),
});
export type FullExport = z.infer<typeof fullExportSchema>;

export const FULL_IMPORT_MAX_BYTES = 64 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(FULL_IMPORT_MAX_BYTES / 3) * 4;
export const FULL_IMPORT_CALL_MAX_BYTES = MAX_BASE64 + 64 * 1024;

/** The export's ZIP or its `thankful.json`, as base64. */
export const fullImportFileSchema = z
  .object({
    name: z.string().max(255).default(''),
    data: z
      .string({ error: 'The file could not be read.' })
      .max(MAX_BASE64, { error: `The file is too large (at most ${FULL_IMPORT_MAX_BYTES / 1024 / 1024} MB).` })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/u, { error: 'The file could not be read.' }),
  })
  .strict();

export const fullImportResultSchema = z.object({
  counts: z.record(z.string(), z.number().int()),
});
