import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared';
import { createClient } from './client';
import { watchDataFile } from './data-file-watch';

const answering = (result: Result<unknown>) =>
  createClient({ kind: 'http', invoke: () => Promise.resolve(result), onEvent: () => () => {}, takeOpenRequest: () => undefined });

describe('watchDataFile', () => {
  it('passes every answer through and calls onLost only for DATA_FILE_MOVED', async () => {
    let lost = 0;
    const moved: Result<unknown> = { ok: false, error: { code: 'DATA_FILE_MOVED', message: 'Moved.' } };
    expect(await watchDataFile(answering(moved), () => (lost += 1)).call('people.create', { fullName: 'Ada' })).toEqual(moved);
    expect(lost).toBe(1);
    const full: Result<unknown> = { ok: false, error: { code: 'DISK_FULL', message: 'Full.' } };
    expect(await watchDataFile(answering(full), () => (lost += 1)).call('people.create', { fullName: 'Ada' })).toEqual(full);
    expect(await watchDataFile(answering({ ok: true, value: 1 }), () => (lost += 1)).call('people.list', {})).toEqual({ ok: true, value: 1 });
    expect(lost).toBe(1);
  });
});
