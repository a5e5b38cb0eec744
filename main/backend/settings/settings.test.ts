import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { openDatabase } from '../database/open-database';
import { DueTimes } from '../thanks/due-times';
import { SettingsRepository } from './settings-repository';

describe('SettingsRepository (real SQLite file, two connections)', () => {
  it('an update writes only the keys it changes, read afresh: another connection’s change meanwhile is kept', () => {
    const file = path.join(tempDir(), 'thankful.sqlite3');
    const first = openDatabase(file);
    const second = openDatabase(file);
    const a = new SettingsRepository(first, new DueTimes(first));
    const b = new SettingsRepository(second, new DueTimes(second));
    expect(a.get().signature).toBe(''); // cached by A

    b.update({ signature: 'Best regards,\nJordan', dueHours: { referral: 72 } });
    const afterA = a.update({ yourName: 'Sam Lee', dueHours: { interview: 12 } });

    expect(afterA).toMatchObject({ yourName: 'Sam Lee', signature: 'Best regards,\nJordan', dueHours: { interview: 12, referral: 72 } });
    const stored = Object.fromEntries(second.prepare('SELECT key, value FROM settings').all().map((row) => [(row as { key: string }).key, (row as { value: string }).value]));
    expect(JSON.parse(stored.signature!)).toBe('Best regards,\nJordan');
    expect(JSON.parse(stored.dueHours!)).toMatchObject({ interview: 12, referral: 72 });
    expect(stored.defaultChannel).toBeUndefined(); // never changed, never written
    first.close();
    second.close();
  });
});
