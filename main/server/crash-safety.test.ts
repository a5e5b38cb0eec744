import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startBuiltServer } from '../test-support/built-server';
import { request } from '../test-support/http';
import { tempDir } from '../test-support/temp-dir';

const WRITERS = 6;
const MIN_ACKNOWLEDGED = 150;

describe('crash safety (real server process, real SQLite file, SIGKILL)', () => {
  it('keeps every acknowledged write after the process is killed mid-burst, and the file stays intact', async () => {
    const work = tempDir();
    const { child, dataDir, port, sessionKey, exited } = await startBuiltServer(work);

    const acknowledged: string[] = [];
    let killed = false;
    let counter = 0;
    const writer = async () => {
      while (!killed) {
        const name = `Writer burst ${counter++} — Zoë 🎉`;
        try {
          const response = await request(port, {
            method: 'POST',
            path: '/api/rpc/people.create',
            headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${sessionKey}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ fullName: name }),
          });
          if (response.status === 200 && JSON.parse(response.body).ok === true) acknowledged.push(name);
        } catch {
          // Connection reset by the kill: this write was never acknowledged.
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, writer);
    while (acknowledged.length < MIN_ACKNOWLEDGED) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited;
    killed = true;
    await Promise.all(writers);

    const db = new BetterSqlite3(path.join(dataDir, 'thankful.sqlite3'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(db.prepare('SELECT full_name FROM people').pluck().all() as string[]);
    db.close();
    const lost = acknowledged.filter((name) => !stored.has(name));
    expect(acknowledged.length).toBeGreaterThanOrEqual(MIN_ACKNOWLEDGED);
    expect(lost).toEqual([]);
  });
});
