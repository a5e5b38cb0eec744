import type { Database } from 'better-sqlite3';
import type { Handlers } from '../dispatcher';
import { PeopleRepository } from '../people/people-repository';
import { FullExportRepository } from './full-export-repository';
import { FullExportService, type ImportListener } from './full-export-service';
import { FullImportRepository } from './full-import-repository';

type FullExportHandlers = Pick<Handlers, 'fullExport.zip' | 'fullExport.import'>;

/**
 * `settings`: the backend's settings repository, whose cache must be dropped after an import wrote
 * the file's settings (else Settings and the due rules keep the values read before it).
 */
export function fullExportHandlers(db: Database, now: () => Date, settings?: ImportListener): FullExportHandlers {
  const people = new PeopleRepository(db, now);
  const service = new FullExportService(new FullExportRepository(db), new FullImportRepository(db, people), people, now, settings);
  return {
    'fullExport.zip': () => service.zip(),
    'fullExport.import': (input) => service.import(input.data),
  };
}
