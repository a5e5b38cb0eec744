import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { procedureNames, procedures, type ProcedureName } from '../../shared';
import { startTestBackend } from '../test-support/backend';
import { seededRandom } from '../test-support/seeded-random';
import { DATABASE_FILE_NAME } from './database/open-database';

/**
 * Every procedure of the contract called with inputs generated from its own input schema (valid,
 * nearly valid and junk), on a real SQLite file with some data in it. Whatever comes in, the
 * backend answers with a value or an error meant for a person, never INTERNAL, and the file stays
 * consistent: SQLite's own checks plus the domain's invariants. Seeded, so a failure repeats.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  default?: unknown;
};

const INPUTS_PER_PROCEDURE = 300;

const TEXTS = [
  '',
  ' ',
  'Priya',
  'Zoë 🎉 Ångström',
  'يوسف الحسيني',
  'Q&A? #1 at 100% + more',
  'a@example.com',
  'priya+jobs@example.com',
  'not an email',
  'https://example.com/a?b=1&c=2#d',
  'http://example.com',
  'javascript:alert(1)',
  '2026-06-01T10:00:00Z',
  '2026-02-30T10:00:00Z',
  '0000-01-01T00:00:00Z',
  '{{discussionPoint}} [prompt]',
  'line\nbreak',
  'nul\u0000char',
  "'; DROP TABLE people; --",
  'user:1',
  'builtin:interview',
  'user:0x1',
  '%_',
];

function generator(seed: number) {
  const next = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;

  function string(schema: JsonSchema): string {
    if (schema.format === 'email') return pick(['a@example.com', 'x@y', 'Priya <p@example.com>', '']);
    if (schema.format === 'date-time') return pick(['2026-06-01T10:00:00.000Z', '2026-06-01T10:00:00+02:00', '2026-13-01T10:00:00Z', 'yesterday']);
    if (chance(0.1) && schema.maxLength !== undefined) return 'x'.repeat(Math.min(schema.maxLength + 1, 200_001));
    return pick(TEXTS);
  }

  function number(schema: JsonSchema, integer: boolean): number {
    const bounds = [schema.minimum, schema.maximum].filter((value): value is number => value !== undefined);
    const candidates = [1, 2, 3, 1, 2, 0, -1, 500, 10_000, ...bounds, ...bounds.map((value) => value + 1), ...bounds.map((value) => value - 1)];
    if (!integer) candidates.push(1.5, 24, 0.25);
    return pick(candidates);
  }

  function value(schema: JsonSchema, depth: number): unknown {
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return chance(0.9) ? pick(schema.enum) : 'not-one-of-them';
    const options = schema.anyOf ?? schema.oneOf;
    if (options) return value(pick(options), depth);
    if (schema.allOf?.length) return value(schema.allOf[0]!, depth);
    const type = Array.isArray(schema.type) ? pick(schema.type) : schema.type;
    switch (type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [key, property] of Object.entries(schema.properties ?? {})) {
          const required = schema.required?.includes(key) ?? false;
          if ((required && chance(0.97)) || (!required && chance(0.5))) out[key] = depth > 6 ? null : value(property, depth + 1);
        }
        if (chance(0.03)) out.surprise = true;
        return out;
      }
      case 'array': {
        const max = Math.min(schema.maxItems ?? 4, 4);
        const length = chance(0.05) && schema.maxItems !== undefined ? schema.maxItems + 1 : Math.floor(next() * (max + 1));
        return Array.from({ length }, () => (schema.items ? value(schema.items, depth + 1) : null));
      }
      case 'string':
        return string(schema);
      case 'integer':
        return number(schema, true);
      case 'number':
        return number(schema, false);
      case 'boolean':
        return chance(0.5);
      case 'null':
        return null;
      default:
        return pick([null, 1, 'x', true, {}]);
    }
  }

  const JUNK = [undefined, null, 42, 'text', [], {}, Number.NaN, Number.POSITIVE_INFINITY, { id: -1 }, { id: 1.5 }, { id: '1' }, [1, 2, 3]];
  return (schema: JsonSchema): unknown => (chance(0.12) ? pick(JUNK) : value(schema, 0));
}

function inputSchemaOf(name: ProcedureName): JsonSchema {
  return z.toJSONSchema(procedures[name].input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Rows that break a rule of the domain; each query returns how many. */
const INVARIANTS: Record<string, string> = {
  'people count their thank-yous': `SELECT count(*) FROM people p WHERE p.thanks_total <> (SELECT count(*) FROM thank_yous t WHERE t.person_id = p.id AND t.status <> 'skipped')
    OR p.thanks_sent <> (SELECT count(*) FROM thank_yous t WHERE t.person_id = p.id AND t.status = 'sent')`,
  'every participant has a thank-you': `SELECT count(*) FROM occasion_participants op WHERE NOT EXISTS
    (SELECT 1 FROM thank_yous t WHERE t.occasion_id = op.occasion_id AND t.person_id = op.person_id)`,
  'a sent thank-you has its time and channel': `SELECT count(*) FROM thank_yous WHERE status = 'sent' AND (sent_at IS NULL OR channel IS NULL)`,
  'a skipped thank-you has its reason': `SELECT count(*) FROM thank_yous WHERE status = 'skipped' AND (skip_reason IS NULL OR skip_reason = '')`,
  'an open thank-you has no sent time': `SELECT count(*) FROM thank_yous WHERE status IN ('pending', 'drafted') AND sent_at IS NOT NULL`,
  'a follow-up done has a follow-up': `SELECT count(*) FROM thank_yous WHERE follow_up_done_at IS NOT NULL AND follow_up_due_at IS NULL`,
  'an occasion ends after it starts': `SELECT count(*) FROM occasions WHERE ends_at < starts_at`,
  'due times are whole milliseconds': `SELECT count(*) FROM thank_yous WHERE typeof(due_at) <> 'integer'`,
  'no control characters in notes': `SELECT count(*) FROM thank_yous WHERE body GLOB '*[' || char(0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 27, 127) || ']*'`,
};

describe('contract fuzz (real backend, real SQLite file; generated inputs)', () => {
  it(`answers ${INPUTS_PER_PROCEDURE} generated inputs per procedure without INTERNAL, and the data stays consistent`, { timeout: 240_000 }, async () => {
    const backend = startTestBackend('2026-06-01T12:00:00Z');
    // Some rows for ids 1–3 to point at.
    await backend.call('settings.update', { yourName: 'Sam Lee' });
    const opportunity = await backend.call('opportunities.create', { company: 'Northwind', role: 'Designer' });
    for (const [fullName, email] of [
      ['Priya Raman', 'priya@example.com'],
      ['Marcus Chen', 'marcus@example.com'],
      ['Zoë Ångström', 'zoe@example.com'],
    ]) {
      await backend.call('people.create', { fullName: fullName!, emails: [email!] });
    }
    await backend.call('occasions.create', {
      kind: 'interview',
      startsAt: '2026-06-01T09:00:00Z',
      opportunityId: opportunity.id,
      participants: [{ personId: 1 }, { personId: 2 }],
    });
    await backend.call('occasions.create', { kind: 'referral', startsAt: '2026-05-20T09:00:00Z', participants: [{ personId: 3 }] });
    await backend.call('thanks.saveDraft', { id: 1, subject: 'Thank you', body: 'Dear Priya,\n\nThank you for Tuesday.', recipient: null, draftRevision: 0 });

    const failures: string[] = [];
    let calls = 0;
    for (const [index, name] of procedureNames.entries()) {
      const generate = generator(0x7a11 + index);
      const schema = inputSchemaOf(name);
      for (let n = 0; n < INPUTS_PER_PROCEDURE; n += 1) {
        const input = generate(schema);
        const result = await backend.dispatch(name, input as never);
        calls += 1;
        if (result.ok) continue;
        const { code, message, fields } = result.error;
        const texts = [message, ...(fields ?? []).map((field) => field.message)];
        if (code === 'INTERNAL') failures.push(`${name} ${JSON.stringify(input)?.slice(0, 300)} → INTERNAL`);
        else if (texts.some((text) => /Invalid input|expected \w+, received|Unrecognized key|NaN|Infinity/u.test(text))) {
          failures.push(`${name} ${JSON.stringify(input)?.slice(0, 300)} → "${texts.join(' | ')}"`);
        }
      }
    }
    expect(calls).toBe(procedureNames.length * INPUTS_PER_PROCEDURE);
    expect(failures).toEqual([]);
    backend.close();

    const db = new BetterSqlite3(path.join(backend.dataDir, DATABASE_FILE_NAME), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const broken = Object.entries(INVARIANTS)
        .map(([rule, sql]) => [rule, db.prepare(sql).pluck().get() as number] as const)
        .filter(([, count]) => count > 0);
      expect(broken).toEqual([]);
      // The fuzzing did write: the checks above looked at real rows.
      expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBeGreaterThan(3);
    } finally {
      db.close();
    }
  });
});
