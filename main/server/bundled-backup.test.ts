import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startBuiltServer } from '../test-support/built-server';
import { request } from '../test-support/http';
import { tempDir } from '../test-support/temp-dir';

describe('backups in the built browser-mode server (real process)', () => {
  it('finds the backup worker beside serve.mjs and makes "Back up now" with it', async () => {
    const work = tempDir();
    const { child, dataDir, port, sessionKey, exited } = await startBuiltServer(work);
    try {
      const call = async (method: string, input: unknown) => {
        const headers = { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${sessionKey}`, 'Content-Type': 'application/json' };
        return JSON.parse((await request(port, { method: 'POST', path: `/api/rpc/${method}`, headers, body: JSON.stringify(input) })).body) as { ok: boolean; value: { fileName: string } };
      };
      expect(await call('people.create', { fullName: 'Zoë Ångström 🎉' })).toMatchObject({ ok: true });
      // A missing or broken worker would answer INTERNAL ("backup helper did not run"): the server has no other way to copy.
      const made = await call('backups.create', {});
      expect(made).toMatchObject({ ok: true, value: { kind: 'manual' } });
      const copy = new BetterSqlite3(path.join(dataDir, 'backups', made.value.fileName), { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.prepare('SELECT full_name FROM people').pluck().all()).toEqual(['Zoë Ångström 🎉']);
      } finally {
        copy.close();
      }
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
