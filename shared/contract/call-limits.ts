import { RESTORE_CALL_MAX_BYTES } from './backups';
import { FULL_IMPORT_CALL_MAX_BYTES } from './full-export';
import { FILE_CALL_MAX_BYTES, FILE_CARRYING_PROCEDURES } from './imports';

/**
 * The largest body the browser-mode server reads for a call, or undefined for the usual limit:
 * calls that carry a whole file need more (a data file to restore most of all).
 */
export function fileCallMaxBytes(method: string): number | undefined {
  if (method === 'backups.restoreFile') return RESTORE_CALL_MAX_BYTES;
  if (method === 'fullExport.import') return FULL_IMPORT_CALL_MAX_BYTES;
  return FILE_CARRYING_PROCEDURES.includes(method) ? FILE_CALL_MAX_BYTES : undefined;
}
