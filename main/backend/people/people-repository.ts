import type { Database, Statement } from 'better-sqlite3';
import { addressAsOf, searchKey, type PeopleSort, type Person, type PersonDetail, type PersonSummary } from '../../../shared';
import { changedElsewhere, conflict, notFound } from '../errors';
import { thankYouColumns, toThankYouSummary } from '../thanks/thank-you-row';
import { toIso } from '../time';
import { ARCHIVED_FILTER, dedupe, ORDER_BY, SELECT_PERSON, toPersonSummary, type PersonRow, type TimelineRow } from './person-rows';

export interface PersonFields {
  fullName: string;
  addressAs?: string | undefined;
  emails?: string[] | undefined;
  phone?: string | undefined;
  company?: string | undefined;
  title?: string | undefined;
  linkedinUrl?: string | undefined;
  notes?: string | undefined;
  tags?: string[] | undefined;
  /** "YYYY-MM-DD" from an import; undefined keeps what is stored, null clears it. */
  connectedOn?: string | null | undefined;
}

export interface PeopleQuery {
  search: string;
  sort: PeopleSort;
  direction: 'asc' | 'desc';
  archived: 'active' | 'archived' | 'all';
  limit: number;
  offset: number;
}

/** SQLite access for people. Statements are prepared once and reused. */
export class PeopleRepository {
  private readonly pageStatements = new Map<string, Statement<[Record<string, unknown>], PersonRow>>();
  private readonly countStatements = new Map<string, Statement<[Record<string, unknown>], { total: number }>>();
  private readonly insertPerson: Statement<Record<string, unknown>>;
  private readonly updatePerson: Statement<Record<string, unknown>>;
  private readonly insertEmail: Statement<[number, string, number]>;
  private readonly deleteEmails: Statement<[number]>;
  private readonly selectById: Statement<[number], PersonRow>;
  private readonly selectEmails: Statement<[number], { address: string }>;
  private readonly selectOwnerOfEmail: Statement<[string], { id: number; full_name: string }>;
  private readonly updateSearchText: Statement<[string, number]>;
  private readonly setArchived: Statement<[string | null, string, number]>;
  private readonly selectTimeline: Statement<[{ pid: number }], TimelineRow>;
  private readonly selectImpact: Statement<[number, number, number], { occasions: number; unsentThanks: number; sentThanks: number }>;
  private readonly deletePerson: Statement<[number]>;
  private readonly refreshLastOccasionStmt: Statement<[number]>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.insertPerson = db.prepare(`INSERT INTO people (full_name, address_as, phone, company, title, linkedin_url, notes, tags, connected_on, created_at, updated_at)
      VALUES (@fullName, @addressAs, @phone, @company, @title, @linkedinUrl, @notes, @tags, @connectedOn, @stamp, @stamp)`);
    this.updatePerson = db.prepare(`UPDATE people SET full_name = @fullName, address_as = @addressAs, phone = @phone, company = @company,
      title = @title, linkedin_url = @linkedinUrl, notes = @notes, tags = @tags, connected_on = @connectedOn, revision = revision + 1, updated_at = @stamp
      WHERE id = @id AND revision = @revision`);
    this.insertEmail = db.prepare('INSERT INTO person_emails (person_id, address, is_primary) VALUES (?, ?, ?)');
    this.deleteEmails = db.prepare('DELETE FROM person_emails WHERE person_id = ?');
    this.selectById = db.prepare(`${SELECT_PERSON} WHERE p.id = ?`);
    this.selectEmails = db.prepare('SELECT address FROM person_emails WHERE person_id = ? ORDER BY is_primary DESC, id');
    this.selectOwnerOfEmail = db.prepare(
      'SELECT p.id, p.full_name FROM person_emails e JOIN people p ON p.id = e.person_id WHERE e.address = ? COLLATE NOCASE',
    );
    this.updateSearchText = db.prepare('UPDATE people SET search_text = ? WHERE id = ?');
    this.setArchived = db.prepare('UPDATE people SET archived_at = ?, updated_at = ? WHERE id = ?');
    this.selectTimeline = db.prepare(`
      SELECT o.id AS occasion_id, o.kind, o.title, o.starts_at, o.ends_at, coalesce(op.role, '') AS role, ${thankYouColumns('t')}
      FROM occasions o
      LEFT JOIN occasion_participants op ON op.occasion_id = o.id AND op.person_id = @pid
      LEFT JOIN thank_yous t ON t.occasion_id = o.id AND t.person_id = @pid
      WHERE o.id IN (SELECT occasion_id FROM occasion_participants WHERE person_id = @pid
                     UNION SELECT occasion_id FROM thank_yous WHERE person_id = @pid)
      ORDER BY o.starts_at DESC, o.id DESC`);
    this.selectImpact = db.prepare(`SELECT
        (SELECT count(*) FROM occasion_participants WHERE person_id = ?) AS occasions,
        (SELECT count(*) FROM thank_yous WHERE person_id = ? AND status <> 'sent') AS unsentThanks,
        (SELECT count(*) FROM thank_yous WHERE person_id = ? AND status = 'sent') AS sentThanks`);
    this.deletePerson = db.prepare('DELETE FROM people WHERE id = ?');
    this.refreshLastOccasionStmt = db.prepare(`UPDATE people SET last_occasion_at =
      (SELECT max(o.starts_at) FROM occasion_participants op JOIN occasions o ON o.id = op.occasion_id WHERE op.person_id = people.id)
      WHERE id = ?`);
  }

  create(fields: PersonFields): Person {
    return this.db.transaction(() => this.get(this.createInTransaction(fields))).immediate();
  }

  /**
   * `create` for a caller already inside a transaction that does not need the person read back
   * (an import of thousands): the new person's id; their revision is 0.
   */
  createInTransaction(fields: PersonFields): number {
    const emails = fields.emails ?? [];
    this.refuseTakenEmails(emails, undefined, 'emails');
    const id = Number(this.insertPerson.run(this.columns(fields)).lastInsertRowid);
    this.replaceEmails(id, emails);
    this.updateSearchText.run(searchTextOf(fields, emails), id);
    return id;
  }

  /** Saves the form over the revision it loaded (compare-and-set): a change made meanwhile elsewhere is a CONFLICT, not lost. */
  update(id: number, revision: number, changes: Partial<PersonFields>): Person {
    return this.db.transaction(() => {
      const current = this.get(id);
      if (changes.emails) this.refuseTakenEmails(changes.emails, id, 'changes.emails');
      const merged: PersonFields = {
        fullName: changes.fullName ?? current.fullName,
        addressAs: changes.addressAs ?? current.addressAsOverride ?? '',
        phone: changes.phone ?? current.phone,
        company: changes.company ?? current.company,
        title: changes.title ?? current.title,
        linkedinUrl: changes.linkedinUrl ?? current.linkedinUrl,
        notes: changes.notes ?? current.notes,
        tags: changes.tags ?? current.tags,
        connectedOn: changes.connectedOn === undefined ? current.connectedOn : changes.connectedOn,
      };
      if (this.updatePerson.run({ ...this.columns(merged), id, revision }).changes === 0) throw changedElsewhere('person', current.revision);
      if (changes.emails) this.replaceEmails(id, changes.emails);
      this.updateSearchText.run(searchTextOf(merged, changes.emails ?? current.emails), id);
      return this.get(id);
    }).immediate();
  }

  get(id: number): Person {
    const row = this.selectById.get(id);
    if (!row) throw notFound('This person');
    return this.toPerson(row);
  }

  detail(id: number): PersonDetail {
    const person = this.get(id);
    const nowMs = this.now().getTime();
    const timeline = this.selectTimeline.all({ pid: id }).map((row) => ({
      occasionId: row.occasion_id,
      kind: row.kind,
      title: row.title,
      startsAt: toIso(row.starts_at),
      endsAt: toIso(row.ends_at),
      role: row.role,
      thankYou: toThankYouSummary(row, nowMs),
    }));
    return { ...person, timeline };
  }

  list(query: PeopleQuery): { items: PersonSummary[]; total: number } {
    const key = `${query.sort}:${query.direction}:${query.archived}`;
    const where = `${ARCHIVED_FILTER[query.archived]} AND (@term = '' OR instr(p.search_text, @term) > 0)`;
    let page = this.pageStatements.get(key);
    if (!page) {
      page = this.db.prepare(
        `${SELECT_PERSON} WHERE ${where} ORDER BY ${ORDER_BY[query.sort](query.direction === 'desc' ? 'DESC' : 'ASC')} LIMIT @limit OFFSET @offset`,
      );
      this.pageStatements.set(key, page);
    }
    let count = this.countStatements.get(query.archived);
    if (!count) {
      count = this.db.prepare(`SELECT count(*) AS total FROM people p WHERE ${where}`);
      this.countStatements.set(query.archived, count);
    }
    const term = searchKey(query.search.trim());
    return {
      items: page.all({ term, limit: query.limit, offset: query.offset }).map((row) => toPersonSummary(row)),
      total: count.get({ term })!.total,
    };
  }

  archive(id: number, archived: boolean): Person {
    this.get(id);
    const stamp = this.now().toISOString();
    this.setArchived.run(archived ? stamp : null, stamp, id);
    return this.get(id);
  }

  deletionImpact(id: number): { occasions: number; unsentThanks: number; sentThanks: number } {
    this.get(id);
    return this.selectImpact.get(id, id, id)!;
  }

  delete(id: number, confirmDeleteSentThanks: boolean): void {
    this.db.transaction(() => {
      const person = this.get(id);
      const impact = this.selectImpact.get(id, id, id)!;
      if (impact.sentThanks > 0 && !confirmDeleteSentThanks) {
        throw conflict(
          `${person.fullName} has ${impact.sentThanks === 1 ? 'a sent thank-you' : `${impact.sentThanks} sent thank-yous`} on record. Confirm that this history should be deleted too, or archive them instead.`,
          undefined,
          { sentThanks: impact.sentThanks },
        );
      }
      this.deletePerson.run(id);
    }).immediate();
  }

  /** Called when occasions change: keeps the "last occasion" column the list sorts by. */
  refreshLastOccasion(personIds: Iterable<number>): void {
    for (const id of personIds) this.refreshLastOccasionStmt.run(id);
  }

  /** Finds a person by one of their addresses, e.g. for "this email already belongs to…". */
  ownerOfEmail(address: string): { id: number; fullName: string } | undefined {
    const row = this.selectOwnerOfEmail.get(address);
    return row && { id: row.id, fullName: row.full_name };
  }

  private refuseTakenEmails(emails: string[], exceptPersonId: number | undefined, fieldPrefix: string): void {
    emails.forEach((address, index) => {
      const owner = this.selectOwnerOfEmail.get(address);
      if (owner && owner.id !== exceptPersonId) {
        throw conflict(
          `${owner.full_name} already has the email ${address}.`,
          [{ field: `${fieldPrefix}.${index}`, message: `Already used by ${owner.full_name}.` }],
          { personId: owner.id, personName: owner.full_name },
        );
      }
    });
  }

  private replaceEmails(id: number, emails: string[]): void {
    this.deleteEmails.run(id);
    emails.forEach((address, index) => this.insertEmail.run(id, address, index === 0 ? 1 : 0));
  }

  private columns(fields: PersonFields) {
    return {
      fullName: fields.fullName,
      addressAs: fields.addressAs ? fields.addressAs : null,
      phone: fields.phone ?? '',
      company: fields.company ?? '',
      title: fields.title ?? '',
      linkedinUrl: fields.linkedinUrl ?? '',
      notes: fields.notes ?? '',
      tags: JSON.stringify(dedupe(fields.tags ?? [])),
      connectedOn: fields.connectedOn ?? null,
      stamp: this.now().toISOString(),
    };
  }

  private toPerson(row: PersonRow): Person {
    return {
      id: row.id,
      fullName: row.full_name,
      addressAsOverride: row.address_as,
      addressAs: addressAsOf(row.address_as, row.full_name),
      email: row.email,
      emails: this.selectEmails.all(row.id).map((e) => e.address),
      phone: row.phone,
      company: row.company,
      title: row.title,
      linkedinUrl: row.linkedin_url,
      notes: row.notes,
      tags: JSON.parse(row.tags) as string[],
      connectedOn: row.connected_on,
      archivedAt: row.archived_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      revision: row.revision,
    };
  }
}

/**
 * What the People search matches: name, company, title, addresses and tags, folded for accents
 * and case. Made from the values being written (not read back), so an import of thousands of
 * people writes each once.
 */
export function searchTextOf(fields: PersonFields, emails: readonly string[]): string {
  return searchKey([fields.fullName, fields.company ?? '', fields.title ?? '', ...emails, ...dedupe(fields.tags ?? [])].join(' '));
}
