import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { buildServerBundle } from '../test-support/build-server';
import { exchangeLaunchToken, request } from '../test-support/http';
import { tempDir } from '../test-support/temp-dir';

describe('backups in the built browser-mode server (real process)', () => {
  it('finds the backup worker beside serve.mjs and makes "Back up now" with it', async () => {
    const work = tempDir();
    const bundle = await buildServerBundle(work);
    // The bundle lives outside the project; let it find better-sqlite3 in our node_modules.
    fs.symlinkSync(path.resolve('node_modules'), path.join(work, 'node_modules'), 'dir');
    const dataDir = path.join(work, 'data');
    const child = spawn(process.execPath, [bundle, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const address = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Open (http:\/\/\S+)/u.exec(out);
          if (match) resolve(new URL(match[1]!));
        });
        child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
      });
      const port = Number(address.port);
      const sessionKey = await exchangeLaunchToken(port, address.searchParams.get('token')!);
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
