import type { Database } from 'better-sqlite3';
import { DEFAULT_DUE_HOURS, type OccasionKind } from '../shared';
import { seededRandom } from '../main/test-support/seeded-random';

/**
 * Fills a database with a realistic large history, written the way the services write it
 * (search text, triggers for the thank-you counts, last-occasion times), but in one transaction
 * so that seeding 100,000 thank-yous takes seconds rather than one fsync per occasion.
 */
export interface SeedSize {
  people: number;
  occasions: number;
}

const FIRST = ['Priya', 'Tom', 'Ana', 'Ben', 'Zoë', 'Amara', 'Yusuf', 'Dana', 'Kenji', 'Lena', 'Olu', 'Marta', 'Chen', 'Sofia', 'Raj', 'Ingrid', 'Mateo', 'Aisha', 'Noah', 'Élodie', 'يوسف', 'דנה', '太郎'];
const LAST = ['Raman', 'Ng', 'Lima', 'Okafor', 'Ångström', 'Schmidt', 'García', 'Kowalski', 'Nakamura', 'Haddad', 'Smith', 'Müller', 'Rossi', 'Dubois', 'O’Neil', 'Ivanova', 'الحسيني', 'כהן', '山田'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne & Co', 'Wonka', 'Tyrell', 'Cyberdyne', 'Soylent', 'Aperture', ''];
const TAGS = ['mentor', 'recruiter', 'alumni', 'friend', 'engineering', 'design', 'hiring manager'];
const KIND_WEIGHTS: [OccasionKind, number][] = [
  ['interview', 55],
  ['referral', 12],
  ['recommendation', 8],
  ['advocacy-call', 5],
  ['informational-interview', 10],
  ['mentoring', 7],
  ['other', 3],
];

export function seedDatabase(db: Database, size: SeedSize, nowMs: number): { thankYous: number } {
  const rand = seededRandom(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const stamp = new Date(nowMs).toISOString();
  const kinds = KIND_WEIGHTS.flatMap(([kind, weight]) => Array<OccasionKind>(weight).fill(kind));

  const insertPerson = db.prepare(`INSERT INTO people (id, full_name, company, title, tags, search_text, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEmail = db.prepare('INSERT INTO person_emails (person_id, address, is_primary) VALUES (?, ?, 1)');
  const insertOccasion = db.prepare(`INSERT INTO occasions (id, kind, interview_format, title, starts_at, ends_at, discussion_points, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertParticipant = db.prepare('INSERT OR IGNORE INTO occasion_participants (occasion_id, person_id, role, position) VALUES (?, ?, ?, ?)');
  const insertThankYou = db.prepare(`INSERT OR IGNORE INTO thank_yous (occasion_id, person_id, status, due_at, snoozed_until, skip_reason, channel, sent_at, body, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  let thankYous = 0;
  db.transaction(() => {
    for (let id = 1; id <= size.people; id++) {
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      const company = pick(COMPANIES);
      const tags = rand() < 0.4 ? [pick(TAGS)] : [];
      const email = `person${id}@${(company || 'mail').toLowerCase().replace(/[^a-z]/gu, '')}.example`;
      const title = rand() < 0.6 ? pick(['Engineer', 'Recruiter', 'Director', 'Designer', 'VP Product']) : '';
      insertPerson.run(id, name, company, title, JSON.stringify(tags), [name, company, title, email, ...tags].join(' ').toLowerCase(), stamp, stamp);
      insertEmail.run(id, email);
    }
    // Two years of history, the newest occasions ending around "now".
    const span = 730 * 86_400_000;
    for (let id = 1; id <= size.occasions; id++) {
      const kind = pick(kinds);
      const startsAt = nowMs - Math.floor(rand() * span) + 86_400_000 * 2;
      const endsAt = startsAt + 3_600_000;
      insertOccasion.run(id, kind, kind === 'interview' ? pick(['phone-screen', 'video', 'on-site', 'panel']) : null, `${kind} #${id}`, startsAt, endsAt, '["Team culture"]', stamp, stamp);
      const count = 1 + Math.floor(rand() * 3); // 1–3 people, 2 on average
      for (let position = 0; position < count; position++) {
        const personId = 1 + Math.floor(rand() * size.people);
        insertParticipant.run(id, personId, '', position);
        const dueAt = endsAt + DEFAULT_DUE_HOURS[kind] * 3_600_000;
        const old = dueAt < nowMs - 14 * 86_400_000;
        const roll = rand();
        const status = old ? (roll < 0.85 ? 'sent' : roll < 0.95 ? 'skipped' : 'pending') : roll < 0.5 ? 'pending' : roll < 0.7 ? 'drafted' : roll < 0.95 ? 'sent' : 'skipped';
        const sentAt = status === 'sent' ? Math.min(nowMs, endsAt + Math.floor(rand() * 72) * 3_600_000) : null;
        const snoozed = status === 'pending' && rand() < 0.1 ? nowMs + Math.floor(rand() * 48) * 3_600_000 : null;
        const result = insertThankYou.run(id, personId, status, dueAt, snoozed, status === 'skipped' ? 'Not needed' : null, sentAt ? 'email' : null, sentAt, status === 'drafted' ? 'Dear …' : '', stamp, stamp);
        thankYous += result.changes;
      }
    }
    db.exec(`UPDATE people SET last_occasion_at = (SELECT max(o.starts_at) FROM occasion_participants op JOIN occasions o ON o.id = op.occasion_id WHERE op.person_id = people.id)`);
  })();
  db.exec('ANALYZE');
  return { thankYous };
}

