import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../shared';
import { startTestBackend, type TestBackend } from '../../test-support/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

describe('templates (real SQLite file)', () => {
  it('lists the built-in template of every kind, filtered by kind', async () => {
    backend = startTestBackend();
    const all = (await backend.call('templates.list', {})).items;
    expect(all.map((t) => t.id)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.id));
    expect(all.every((t) => t.builtIn && !t.customized)).toBe(true);
    expect((await backend.call('templates.list', { kind: 'referral' })).items.map((t) => t.id)).toEqual(['builtin:referral']);
  });

  it('customizes a built-in template, shows the edit in its place, and restores the original', async () => {
    backend = startTestBackend();
    const original = (await backend.call('templates.list', { kind: 'interview' })).items[0]!;
    const edited = await backend.call('templates.save', { id: 'builtin:interview', kind: 'interview', name: 'My interview note', subject: 'Thanks, {{person.addressAs}}!', body: 'Hi {{person.addressAs}} & co' });
    expect(edited).toMatchObject({ id: 'builtin:interview', customized: true, body: 'Hi {{person.addressAs}} & co' });
    expect((await backend.call('templates.list', { kind: 'interview' })).items).toEqual([edited]);
    await backend.call('templates.delete', { id: 'builtin:interview' });
    expect((await backend.call('templates.list', { kind: 'interview' })).items).toEqual([original]);
    expect(await backend.dispatch('templates.save', { id: 'builtin:interview', kind: 'mentoring', name: 'x', subject: '', body: '' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'kind' }] },
    });
  });

  it('creates, edits and deletes the user’s own templates', async () => {
    backend = startTestBackend();
    const mine = await backend.call('templates.save', { kind: 'mentoring', name: 'Short and warm', subject: 'Thank you', body: 'Dear {{person.addressAs}},' });
    expect(mine).toMatchObject({ id: expect.stringMatching(/^user:\d+$/), builtIn: false });
    const renamed = await backend.call('templates.save', { id: mine.id, kind: 'mentoring', name: 'Warm', subject: 'Thanks', body: 'Hi' });
    expect((await backend.call('templates.list', { kind: 'mentoring' })).items.map((t) => t.name)).toEqual([BUILT_IN_TEMPLATES.find((t) => t.kind === 'mentoring')!.name, 'Warm']);
    for (const id of ['user:abc', `user:0x${mine.id.slice(5)}`, `user: ${mine.id.slice(5)}`, `user:${mine.id.slice(5)}e0`, `user:0${mine.id.slice(5)}`]) {
      // Only "user:<n>" spelled exactly is template n.
      expect(await backend.dispatch('templates.delete', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    await backend.call('templates.delete', { id: renamed.id });
    expect((await backend.call('templates.list', { kind: 'mentoring' })).items).toHaveLength(1);
    expect(await backend.dispatch('templates.save', { kind: 'other', name: ' ', subject: '', body: '' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'name', message: 'Give the template a name.' }] },
    });
  });
});
