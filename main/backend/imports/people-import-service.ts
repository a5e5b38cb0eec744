import type { Database } from 'better-sqlite3';
import type { PeopleImportAction, PeopleImportPreview, SavedPeople, UndonePeople } from '../../../shared';
import { conflict, invalid, notFound } from '../errors';
import type { PeopleRepository } from '../people/people-repository';
import { addressAsOverride, readPeopleFile, type Incoming } from './people-import-file';
import { buildLookup, matchPeople, type PeopleLookup } from './people-import-matching';
import { fieldsBefore, mergeInto, type Before } from './people-import-merge';
import type { PeopleImportRepository } from './people-import-repository';

/** A person just created has not been saved over yet. */
const NEW_PERSON_REVISION = 0;

/**
 * People from LinkedIn's Connections.csv (or its ZIP) and contacts files. `read` parses the file
 * and matches each person to the stored ones without writing anything (the preview); `save`
 * takes the same file again, reads and matches it again (people may have changed since the
 * preview) and applies one action per row in one transaction, recording a batch; `undo` takes
 * a batch back. Every write to `people` goes through PeopleRepository, which keeps the search
 * text; nested in the one transaction, its own become savepoints.
 */
export class PeopleImportService {
  constructor(
    private readonly db: Database,
    private readonly people: PeopleRepository,
    private readonly batches: PeopleImportRepository,
    private readonly now: () => Date,
  ) {}

  read(bytes: Uint8Array): PeopleImportPreview {
    const file = readPeopleFile(bytes);
    return { source: file.source, skipped: file.skippedRows.length, skippedRows: file.skippedRows, rows: matchPeople(file.people, this.lookup()) };
  }

  save(fileName: string, bytes: Uint8Array, actions: readonly PeopleImportAction[]): SavedPeople {
    const file = readPeopleFile(bytes);
    if (actions.length !== file.people.length) {
      const people = file.people.length === 1 ? '1 person' : `${file.people.length} people`;
      throw invalid('actions', `This file has ${people} to import, but ${actions.length} choices came with it. Read the file again and choose once more.`);
    }
    return this.db.transaction(() => {
      const rows = matchPeople(file.people, this.lookup());
      const batchId = this.batches.createBatch(file.source, fileName, this.now().toISOString());
      /** The person each row became (added or merged into), for a duplicate merged into it. */
      const personOfRow = new Map<number, number>();
      const counts = { added: 0, merged: 0, skipped: 0, emailsLeftOff: 0 };
      rows.forEach((row, index) => {
        const action = actions[index]!;
        const incoming = file.people[index]!;
        if (action === 'skip') {
          counts.skipped += 1;
          return;
        }
        const earlier = row.duplicateOf === null ? undefined : personOfRow.get(row.duplicateOf);
        const target = action === 'merge' ? (row.match?.personId ?? earlier) : undefined;
        if (target === undefined) {
          personOfRow.set(index, this.add(batchId, incoming, counts));
          counts.added += 1;
        } else {
          personOfRow.set(index, target);
          if (this.merge(batchId, target, incoming, counts)) counts.merged += 1;
          else counts.skipped += 1;
        }
      });
      return { batchId, ...counts };
    }).immediate();
  }

  undo(batchId: number): UndonePeople {
    return this.db.transaction(() => {
      const batch = this.batches.batch(batchId);
      if (!batch) throw notFound('This import');
      if (batch.undoneAt !== null) throw conflict('This import was already undone; nothing was changed.');
      const result = { removed: 0, restored: 0, kept: 0 };
      for (const entry of this.batches.entries(batchId)) {
        // Edited since the import (a form saved, merged by a later import): what the user did stays.
        if (this.batches.revisionOf(entry.personId) !== entry.revision) {
          result.kept += 1;
        } else if (entry.action === 'added') {
          const impact = this.people.deletionImpact(entry.personId);
          if (impact.occasions + impact.unsentThanks + impact.sentThanks > 0) {
            result.kept += 1;
          } else {
            this.people.delete(entry.personId, false);
            result.removed += 1;
          }
        } else {
          const restored = this.people.update(entry.personId, entry.revision, JSON.parse(entry.before!) as Before);
          this.batches.restored(batchId, entry.personId, entry.revisionBefore!, restored.revision);
          result.restored += 1;
        }
      }
      this.batches.markUndone(batchId, this.now().toISOString());
      return result;
    }).immediate();
  }

  private lookup(): PeopleLookup {
    return buildLookup(this.batches.index(), (id) => this.people.get(id));
  }

  /** A new person; addresses another person has are left off (and counted). */
  private add(batchId: number, incoming: Incoming, counts: { emailsLeftOff: number }): number {
    const emails = incoming.emails.filter((address) => this.people.ownerOfEmail(address) === undefined);
    counts.emailsLeftOff += incoming.emails.length - emails.length;
    const personId = this.people.createInTransaction({
      fullName: incoming.fullName,
      addressAs: addressAsOverride(incoming),
      emails,
      phone: incoming.phone,
      company: incoming.company,
      title: incoming.title,
      linkedinUrl: incoming.linkedinUrl,
      notes: incoming.notes,
      connectedOn: incoming.connectedOn,
    });
    this.batches.recordAdded(batchId, personId, NEW_PERSON_REVISION);
    return personId;
  }

  /** Merges the row into `personId`; false when that adds nothing (nothing is written). */
  private merge(batchId: number, personId: number, incoming: Incoming, counts: { emailsLeftOff: number }): boolean {
    const current = this.people.get(personId);
    const { changes, emailsLeftOff } = mergeInto(current, incoming, (address) => {
      const owner = this.people.ownerOfEmail(address);
      return owner !== undefined && owner.id !== personId;
    });
    counts.emailsLeftOff += emailsLeftOff;
    if (Object.keys(changes).length === 0) return false;
    const updated = this.people.update(personId, current.revision, changes);
    this.batches.recordMerged(batchId, personId, JSON.stringify(fieldsBefore(current)), current.revision, updated.revision);
    return true;
  }
}
