import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { powerMonitor, resetFakeElectron } from './fake-electron';
import { reloadTimeZone, watchPowerAndTime } from './power-events';

vi.mock('electron', () => import('./fake-electron'));

const recheck = vi.fn();
const refresh = vi.fn();

beforeEach(() => {
  resetFakeElectron();
  recheck.mockReset();
  refresh.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('wake, unlock and time-zone changes (faked electron module)', () => {
  it.each(['resume', 'unlock-screen'])('%s works the next reminder out again and refreshes the tray', (event) => {
    const stop = watchPowerAndTime({ recheck, refresh, readZone: () => 'Europe/Berlin' });
    powerMonitor.emit(event);
    expect(recheck).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    stop();
  });

  it('looks at the time zone every few minutes and rechecks only when it moved', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let zone = 'Europe/Berlin';
    const stop = watchPowerAndTime({ recheck, refresh, readZone: () => zone, zoneCheckMs: 60_000 });
    vi.advanceTimersByTime(60_000);
    expect(recheck).not.toHaveBeenCalled();
    zone = 'America/New_York';
    vi.advanceTimersByTime(60_000);
    expect(recheck).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(recheck).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops listening and checking when disposed', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let zone = 'Europe/Berlin';
    const stop = watchPowerAndTime({ recheck, refresh, readZone: () => zone, zoneCheckMs: 60_000 });
    stop();
    powerMonitor.emit('resume');
    zone = 'Asia/Tokyo';
    vi.advanceTimersByTime(120_000);
    expect(recheck).not.toHaveBeenCalled();
    expect(powerMonitor.listenerCount('resume') + powerMonitor.listenerCount('unlock-screen')).toBe(0);
  });

  it('re-reading the zone keeps a TZ the user set, and never stores the string "undefined"', () => {
    vi.stubEnv('TZ', 'Asia/Tokyo');
    expect(reloadTimeZone()).toBe('Asia/Tokyo -540');
    expect(process.env.TZ).toBe('Asia/Tokyo');

    const env: NodeJS.ProcessEnv = {};
    reloadTimeZone(env);
    expect('TZ' in env).toBe(false);
  });

  it('a zone written into the environment is what the next read sees (Node re-reads on every write)', () => {
    vi.stubEnv('TZ', 'Europe/Berlin');
    const before = reloadTimeZone();
    process.env.TZ = 'America/New_York';
    expect(reloadTimeZone()).not.toBe(before);
    expect(reloadTimeZone()).toMatch(/^America\/New_York (240|300)$/u);
  });
});
