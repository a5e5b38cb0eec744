import type { FullExport } from '../../../shared';
import { invalid } from '../errors';
import { localDate } from '../exports/content-lines';
import { peopleToVCards } from '../exports/vcard-export';
import type { PeopleRepository } from '../people/people-repository';
import { csvFiles } from './export-csv';
import { exportJson } from './export-json';
import type { ExportFile } from './export-format';
import type { FullExportRepository } from './full-export-repository';
import type { FullImportRepository } from './full-import-repository';
import { checkReferences } from './import-checks';
import { EXPORT_JSON_NAME, readExportFile } from './import-file';
import { zipTextFiles } from './zip-writer';

/** What the backend must forget after an import wrote behind its back (the settings' cache). */
export interface ImportListener {
  invalidate(): void;
}

/**
 * "Export everything" and its import. The ZIP holds thankful.json (every record, the one to
 * import; docs/full-export.md), a CSV per table and everyone as people.vcf.
 */
export class FullExportService {
  constructor(
    private readonly reader: FullExportRepository,
    private readonly writer: FullImportRepository,
    private readonly people: PeopleRepository,
    private readonly now: () => Date,
    private readonly afterImport: ImportListener | undefined,
  ) {}

  async zip(): Promise<FullExport> {
    const now = this.now();
    const data = this.reader.read(now);
    // Before the first await, so no write can come between the records and the cards (a person
    // deleted meanwhile); the ZIP is made in batches, between which other calls run.
    const vcards = peopleToVCards(data.people.map((person) => this.people.get(person.id)));
    const zip = await zipTextFiles(
      [
        [EXPORT_JSON_NAME, exportJson(data)],
        ...csvFiles(data),
        // Archived people too: this is everything, not the address book's "everyone active".
        ['people.vcf', [vcards]],
      ],
      now,
    );
    return { fileName: `thankful-export-${localDate(now)}.zip`, type: 'application/zip', base64: Buffer.from(zip).toString('base64'), counts: countsOf(data) };
  }

  import(data: string): { counts: Record<string, number> } {
    // Asked first so a full data folder is refused before a large file is read.
    this.writer.refuseUnlessEmpty();
    const file = readExportFile(Buffer.from(data, 'base64'));
    checkReferences(file);
    try {
      this.writer.write(file);
    } catch (error) {
      // The checks above should leave nothing for SQLite to refuse; if it does, it is the file.
      if (isConstraintError(error)) throw invalid('data', 'This export holds records that contradict each other, so it cannot be imported. Nothing was imported.');
      throw error;
    } finally {
      this.afterImport?.invalidate();
    }
    return { counts: countsOf(file) };
  }
}

function countsOf(data: ExportFile): Record<string, number> {
  return {
    people: data.people.length,
    opportunities: data.opportunities.length,
    occasions: data.occasions.length,
    participants: data.occasions.reduce((sum, occasion) => sum + occasion.participants.length, 0),
    thankYous: data.thankYous.length,
    templates: data.templates.length,
    settings: Object.keys(data.settings).length,
  };
}

function isConstraintError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_CONSTRAINT');
}
