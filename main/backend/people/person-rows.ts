import { addressAsOf, type OccasionKind, type PeopleSort, type PersonSummary } from '../../../shared';
import type { ThankYouRow } from '../thanks/thank-you-row';
import { toIsoOrNull } from '../time';

// The People list as SQL reads it (columns, sorts, filters) and how a row becomes a contract value.
export interface PersonRow {
  id: number;
  full_name: string;
  address_as: string | null;
  email: string | null;
  phone: string;
  company: string;
  title: string;
  linkedin_url: string;
  notes: string;
  tags: string;
  connected_on: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  revision: number;
  thanks_sent: number;
  thanks_total: number;
  last_occasion_at: number | null;
}

export const SELECT_PERSON = `
  SELECT p.id, p.full_name, p.address_as, e.address AS email, p.phone, p.company, p.title, p.linkedin_url, p.notes,
         p.tags, p.connected_on, p.archived_at, p.created_at, p.updated_at, p.revision, p.thanks_sent,
         p.thanks_total, p.last_occasion_at
  FROM people p
  LEFT JOIN person_emails e ON e.person_id = p.id AND e.is_primary = 1`;

export const ORDER_BY: Record<PeopleSort, (dir: 'ASC' | 'DESC') => string> = {
  name: (dir) => `p.full_name COLLATE NOCASE ${dir}, p.id ${dir}`,
  // People without a company go last whichever way the column is sorted.
  company: (dir) => `p.company = '', p.company COLLATE NOCASE ${dir}, p.full_name COLLATE NOCASE, p.id`,
  // By how many thank-yous are still owed to them.
  thanked: (dir) => `p.thanks_total - p.thanks_sent ${dir}, p.full_name COLLATE NOCASE, p.id`,
  lastOccasion: (dir) => `p.last_occasion_at IS NULL, p.last_occasion_at ${dir}, p.full_name COLLATE NOCASE, p.id`,
  added: (dir) => `p.id ${dir}`,
};

export const ARCHIVED_FILTER = {
  active: 'p.archived_at IS NULL',
  archived: 'p.archived_at IS NOT NULL',
  all: '1',
} as const;

export interface TimelineRow extends ThankYouRow {
  occasion_id: number;
  kind: OccasionKind;
  title: string;
  starts_at: number;
  ends_at: number;
  role: string;
}

export function toPersonSummary(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    fullName: row.full_name,
    addressAs: addressAsOf(row.address_as, row.full_name),
    email: row.email,
    company: row.company,
    title: row.title,
    tags: JSON.parse(row.tags) as string[],
    archivedAt: row.archived_at,
    thanksSent: row.thanks_sent,
    thanksTotal: row.thanks_total,
    lastOccasionAt: toIsoOrNull(row.last_occasion_at),
  };
}

export function dedupe(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
