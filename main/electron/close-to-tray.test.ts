import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../test-support/temp-dir';
import { HINT_MARKER, lastWindowClosed } from './close-to-tray';
import { Notification, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let stateDir: string;
const quit = vi.fn();
const closeLast = (platform: NodeJS.Platform, remindersOn: boolean) => lastWindowClosed({ platform, remindersOn, stateDir, quit });

beforeEach(() => {
  resetFakeElectron();
  quit.mockReset();
  stateDir = tempDir('thankful-state-');
});

describe('closing the last window (faked electron module)', () => {
  it('macOS: keeps running, as Mac apps do, and says nothing', () => {
    closeLast('darwin', false);
    closeLast('darwin', true);
    expect(quit).not.toHaveBeenCalled();
    expect(Notification.instances).toHaveLength(0);
  });

  it.each(['win32', 'linux'] as const)('%s with reminders off: quits', (platform) => {
    closeLast(platform, false);
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it.each(['win32', 'linux'] as const)('%s with reminders on: stays in the tray and says so, the first time only', (platform) => {
    closeLast(platform, true);
    expect(quit).not.toHaveBeenCalled();
    expect(Notification.instances).toHaveLength(1);
    expect(Notification.instances[0]!.options).toMatchObject({ title: 'Thankful is still running', silent: true });
    expect(Notification.instances[0]!.shown).toBe(true);
    expect(existsSync(path.join(stateDir, HINT_MARKER))).toBe(true);

    closeLast(platform, true);
    expect(Notification.instances).toHaveLength(1);
    expect(quit).not.toHaveBeenCalled();
  });

  it('stays without a hint where notifications are not supported', () => {
    Notification.isSupported.mockReturnValue(false);
    closeLast('linux', true);
    expect(quit).not.toHaveBeenCalled();
    expect(Notification.instances).toHaveLength(0);
  });
});
