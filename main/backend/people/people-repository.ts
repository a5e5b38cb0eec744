import type { Database, Statement } from 'better-sqlite3';
import { AppErrorException, defaultAddressAs, type Person } from '../../../shared';

interface PersonRow {
  id: number;
  full_name: string;
  address_as: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
}

interface PageParameters {
  search: string;
  pattern: string;
  limit: number;
  offset: number;
}

export interface NewPerson {
  fullName: string;
  addressAs: string | null;
  email: string | null;
}

/** SQLite access for people. Statements are prepared once and reused for every call. */
export class PeopleRepository {
  private readonly insertPerson: Statement<[string, string | null, string, string]>;
  private readonly insertEmail: Statement<[number, string]>;
  private readonly selectById: Statement<[number], PersonRow>;
  private readonly selectPage: Statement<[PageParameters], PersonRow>;
  private readonly countMatching: Statement<[Pick<PageParameters, 'search' | 'pattern'>], { total: number }>;
  private readonly selectByEmail: Statement<[string], { id: number; full_name: string }>;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    const selectColumns = `
      SELECT p.id, p.full_name, p.address_as, e.address AS email, p.created_at, p.updated_at
      FROM people p
      LEFT JOIN person_emails e ON e.person_id = p.id AND e.is_primary = 1`;
    // `?1 = ''` short-circuits the search; LIKE escapes its wildcards so "%" and "_" in a
    // search mean themselves.
    const matches = `(@search = '' OR p.full_name LIKE @pattern ESCAPE '\\' OR e.address LIKE @pattern ESCAPE '\\')`;

    this.insertPerson = db.prepare('INSERT INTO people (full_name, address_as, created_at, updated_at) VALUES (?, ?, ?, ?)');
    this.insertEmail = db.prepare('INSERT INTO person_emails (person_id, address, is_primary) VALUES (?, ?, 1)');
    this.selectById = db.prepare(`${selectColumns} WHERE p.id = ?`);
    this.selectPage = db.prepare(
      `${selectColumns} WHERE ${matches} ORDER BY p.full_name COLLATE NOCASE, p.id LIMIT @limit OFFSET @offset`,
    );
    this.countMatching = db.prepare(
      `SELECT count(*) AS total FROM people p LEFT JOIN person_emails e ON e.person_id = p.id AND e.is_primary = 1 WHERE ${matches}`,
    );
    this.selectByEmail = db.prepare(
      `SELECT p.id, p.full_name FROM person_emails e JOIN people p ON p.id = e.person_id WHERE e.address = ? COLLATE NOCASE`,
    );
  }

  create(person: NewPerson): Person {
    return this.db.transaction(() => {
      if (person.email) {
        const existing = this.selectByEmail.get(person.email);
        if (existing) {
          throw new AppErrorException({
            code: 'CONFLICT',
            message: `${existing.full_name} already has the email ${person.email}.`,
            fields: [{ field: 'email', message: `Already used by ${existing.full_name}.` }],
            details: { personId: existing.id },
          });
        }
      }
      const stamp = this.now().toISOString();
      const { lastInsertRowid } = this.insertPerson.run(person.fullName, person.addressAs, stamp, stamp);
      const id = Number(lastInsertRowid);
      if (person.email) this.insertEmail.run(id, person.email);
      return this.get(id)!;
    }).immediate();
  }

  get(id: number): Person | undefined {
    const row = this.selectById.get(id);
    return row && toPerson(row);
  }

  list(search: string, limit: number, offset: number): { items: Person[]; total: number } {
    const pattern = `%${search.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
    return {
      items: this.selectPage.all({ search, pattern, limit, offset }).map(toPerson),
      total: this.countMatching.get({ search, pattern })!.total,
    };
  }
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    fullName: row.full_name,
    addressAsOverride: row.address_as,
    addressAs: row.address_as ?? defaultAddressAs(row.full_name),
    email: row.email,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
