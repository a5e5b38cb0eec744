import type { Database } from 'better-sqlite3';
import type { Handlers } from '../dispatcher';

type FullExportHandlers = Pick<Handlers, 'fullExport.zip' | 'fullExport.import'>;

/** PLACEHOLDER being built (issue 14). */
export function fullExportHandlers(_db: Database, _now: () => Date): FullExportHandlers {
  const notYet = (): never => {
    throw new Error('Not built yet');
  };
  return { 'fullExport.zip': notYet, 'fullExport.import': notYet };
}
