import { afterEach, describe, expect, it } from 'vitest';
import { AppErrorException, EVENT_TOPICS, procedureNames, procedures, type ProcedureName } from '../../shared';
import { startTestBackend, type TestBackend } from '../test-support/backend';
import { createDispatcher, type Handlers } from './dispatcher';
import { EventHub } from './events';

/** Verbs of procedures that only answer a question; anything else changes something. */
const QUESTION = /\.(info|list|get|deletionImpact|duplicateTargets|comparableNotes|howItWent|nextOwed|summary|outstanding|followUps|recentlySent|readCalendar|readPeople|peopleVCard|occasionICalendar|thankYouICalendar|upcomingICalendar|status|zip)$/u;

describe('the contract declares the topics of every procedure', () => {
  it.each(procedureNames)('%s reads or changes known topics, each once', (name) => {
    const procedure = procedures[name];
    expect(['query', 'command']).toContain(procedure.kind);
    for (const topic of [...procedure.reads, ...procedure.changes]) expect(EVENT_TOPICS).toContain(topic);
    expect(new Set(procedure.reads).size).toBe(procedure.reads.length);
    expect(new Set(procedure.changes).size).toBe(procedure.changes.length);
  });

  it.each(procedureNames)('%s: a command announces at least one change, a query none', (name) => {
    const procedure = procedures[name];
    if (QUESTION.test(name)) {
      expect(procedure.kind).toBe('query');
      expect(procedure.changes).toEqual([]);
    } else {
      expect(procedure.kind).toBe('command');
      expect(procedure.changes.length).toBeGreaterThan(0);
      expect(procedure.reads).toEqual([]);
    }
  });

  it('every query a screen shows reads at least one topic (app.info never changes)', () => {
    const silent = procedureNames.filter((name) => procedures[name].kind === 'query' && procedures[name].reads.length === 0);
    expect(silent).toEqual(['app.info']);
  });
});

/** Every handler answers `value`, or throws what `fail` gives for that procedure. */
function handlers(fail: Partial<Record<ProcedureName, () => never>> = {}): Handlers {
  return Object.fromEntries(procedureNames.map((name) => [name, fail[name] ?? (() => ({ done: name }))])) as unknown as Handlers;
}

function dispatcherWith(handlerList: Handlers) {
  const events = new EventHub();
  const seen: string[] = [];
  events.subscribe((event) => seen.push(event.topic));
  return { dispatch: createDispatcher(handlerList, events, { logError: () => {} }), seen };
}

describe('the dispatcher announces what a command changed', () => {
  it('publishes the declared topics once each, after the handler succeeded', async () => {
    const { dispatch, seen } = dispatcherWith(handlers());
    expect(await dispatch('thanks.skip', { id: 1, reason: 'Met in person' })).toEqual({ ok: true, value: { done: 'thanks.skip' } });
    expect(seen).toEqual(['thanks.changed', 'people.changed', 'occasions.changed', 'opportunities.changed']);
    seen.length = 0;
    await dispatch('settings.update', {});
    expect(seen).toEqual(['settings.changed', 'thanks.changed']);
  });

  it('publishes nothing for a query', async () => {
    const { dispatch, seen } = dispatcherWith(handlers());
    await dispatch('people.list', {});
    await dispatch('thanks.get', { id: 1 });
    expect(seen).toEqual([]);
  });

  it('publishes nothing when the input is refused, the handler refuses, or it fails unexpectedly', async () => {
    const refuse = () => {
      throw new AppErrorException({ code: 'CONFLICT', message: 'No.' });
    };
    const crash = () => {
      throw new Error('boom');
    };
    const { dispatch, seen } = dispatcherWith(handlers({ 'thanks.skip': refuse, 'people.create': crash }));
    expect(await dispatch('thanks.markSent', { id: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch('thanks.skip', { id: 1, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await dispatch('people.create', { fullName: 'Ada' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await dispatch('no.such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    expect(seen).toEqual([]);
  });

  it('waits for an asynchronous command before publishing, and not at all when it rejects', async () => {
    let finish: (() => void) | undefined;
    const slow = handlers();
    (slow as unknown as Record<string, unknown>)['handoff.copy'] = () => new Promise((resolve) => (finish = () => resolve({ done: true })));
    (slow as unknown as Record<string, unknown>)['handoff.dismiss'] = () => Promise.reject(new AppErrorException({ code: 'NOT_FOUND', message: 'Gone.' }));
    const { dispatch, seen } = dispatcherWith(slow);
    const copying = dispatch('handoff.copy', { id: 1, format: 'plain' });
    await Promise.resolve();
    expect(seen).toEqual([]);
    finish!();
    await copying;
    expect(seen).toEqual(['thanks.changed']);
    await dispatch('handoff.dismiss', { id: 1 });
    expect(seen).toEqual(['thanks.changed']);
  });
});

describe('announcements from the real backend (real SQLite file)', () => {
  let backend: TestBackend;
  afterEach(() => backend?.close());

  it('announces an occasion and a status change, and nothing for a refused one', async () => {
    backend = startTestBackend();
    const seen: string[] = [];
    backend.events.subscribe((event) => seen.push(event.topic));
    const occasion = await backend.call('occasions.create', { kind: 'interview', startsAt: '2026-06-01T09:00:00Z', participants: [{ newPerson: { fullName: 'Ada' } }] });
    expect(seen).toEqual(['occasions.changed', 'thanks.changed', 'people.changed', 'opportunities.changed']);
    seen.length = 0;
    const id = occasion.participants[0]!.thankYou!.id;
    await backend.call('thanks.markSent', { id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' });
    expect(seen).toEqual(['thanks.changed', 'people.changed', 'occasions.changed', 'opportunities.changed']);
    seen.length = 0;
    expect(await backend.dispatch('thanks.markSent', { id, sentAt: '2026-06-01T11:00:00Z', channel: 'email' })).toMatchObject({ ok: false });
    expect(await backend.dispatch('thanks.saveDraft', { id, subject: '', body: 'changed', draftRevision: 0 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(seen).toEqual([]);
  });
});
