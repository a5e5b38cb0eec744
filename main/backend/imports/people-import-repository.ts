import type { Database, Statement } from 'better-sqlite3';
import type { PeopleSource } from './people-import-file';
import type { PeopleIndex } from './people-import-matching';

export interface BatchEntry {
  personId: number;
  action: 'added' | 'merged';
  /** JSON of the person's fields before the merge (`Before`); null for an added person. */
  before: string | null;
  /** The person's revision before the merge; null for an added person. */
  revisionBefore: number | null;
  /** The person's revision the import left. */
  revision: number;
}

/**
 * The SQL of people imports: the keys stored people are matched by (read only; every write to
 * `people` goes through PeopleRepository), and the batches that record what an import did, so it
 * can be undone. Statements are prepared once; callers run them inside their transaction.
 */
export class PeopleImportRepository {
  private readonly selectPeople: Statement<[], { id: number; fullName: string; linkedinUrl: string; archived: number }>;
  private readonly selectEmails: Statement<[], { personId: number; address: string }>;
  private readonly selectRevision: Statement<[number], { revision: number }>;
  private readonly insertBatch: Statement<[string, string, string]>;
  private readonly insertEntry: Statement<[number, number, string, string | null, number | null, number]>;
  private readonly repointEntries: Statement<[number, number, number, number]>;
  private readonly selectBatch: Statement<[number], { id: number; createdAt: string; undoneAt: string | null }>;
  private readonly selectEntries: Statement<[number], BatchEntry>;
  private readonly setUndone: Statement<[string, number]>;

  constructor(db: Database) {
    // Active people first, then the oldest: the first to hold a key is the one a row is matched to.
    this.selectPeople = db.prepare(`SELECT id, full_name AS fullName, linkedin_url AS linkedinUrl, archived_at IS NOT NULL AS archived
      FROM people ORDER BY archived_at IS NOT NULL, id`);
    this.selectEmails = db.prepare('SELECT person_id AS personId, address FROM person_emails');
    this.selectRevision = db.prepare('SELECT revision FROM people WHERE id = ?');
    this.insertBatch = db.prepare('INSERT INTO import_batches (source, file_name, created_at) VALUES (?, ?, ?)');
    // A person merged into twice by one import keeps what they were before the first merge (and
    // an added one stays added); the revision follows the last write.
    this.insertEntry = db.prepare(`INSERT INTO import_batch_people (batch_id, person_id, action, before, revision_before, revision)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (batch_id, person_id) DO UPDATE SET revision = excluded.revision`);
    this.repointEntries = db.prepare('UPDATE import_batch_people SET revision = ? WHERE person_id = ? AND revision = ? AND batch_id <> ?');
    this.selectBatch = db.prepare('SELECT id, created_at AS createdAt, undone_at AS undoneAt FROM import_batches WHERE id = ?');
    this.selectEntries = db.prepare('SELECT person_id AS personId, action, before, revision_before AS revisionBefore, revision FROM import_batch_people WHERE batch_id = ? ORDER BY rowid');
    this.setUndone = db.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?');
  }

  /** Every stored person's keys (name, profile, addresses), for matching. */
  index(): PeopleIndex {
    return {
      people: this.selectPeople.all().map((row) => ({ ...row, archived: row.archived === 1 })),
      emails: this.selectEmails.all(),
    };
  }

  /** The person's revision, or undefined when they no longer exist. */
  revisionOf(personId: number): number | undefined {
    return this.selectRevision.get(personId)?.revision;
  }

  createBatch(source: PeopleSource, fileName: string, stamp: string): number {
    return Number(this.insertBatch.run(source, fileName, stamp).lastInsertRowid);
  }

  recordAdded(batchId: number, personId: number, revision: number): void {
    this.insertEntry.run(batchId, personId, 'added', null, null, revision);
  }

  recordMerged(batchId: number, personId: number, before: string, revisionBefore: number, revision: number): void {
    this.insertEntry.run(batchId, personId, 'merged', before, revisionBefore, revision);
  }

  /**
   * A merge was undone: the person is again as they were at `revisionBefore`, now under
   * `revision`. Another import that left them at `revisionBefore` left them as they are now, so
   * its Undo may still put them back.
   */
  restored(batchId: number, personId: number, revisionBefore: number, revision: number): void {
    this.repointEntries.run(revision, personId, revisionBefore, batchId);
  }

  batch(batchId: number): { id: number; createdAt: string; undoneAt: string | null } | undefined {
    return this.selectBatch.get(batchId);
  }

  entries(batchId: number): BatchEntry[] {
    return this.selectEntries.all(batchId);
  }

  markUndone(batchId: number, stamp: string): void {
    this.setUndone.run(stamp, batchId);
  }
}
