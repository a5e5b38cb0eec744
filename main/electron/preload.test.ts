import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type ThankfulBridge } from '../../shared';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('preload bridge (faked electron module)', () => {
  let bridge: ThankfulBridge;
  beforeAll(async () => {
    await import('./preload');
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(name).toBe(BRIDGE_GLOBAL);
    bridge = exposed as ThankfulBridge;
  });

  it('exposes invoke and onEvent, nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('invokes the single IPC channel with the method and input', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 1 });
    await expect(bridge.invoke('people.list', { limit: 5 })).resolves.toEqual({ ok: true, value: 1 });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'people.list', { limit: 5 });
  });

  it('passes only the event payload to listeners and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onEvent(listener);
    const electronEvent = { sender: ipcRenderer, senderId: 0 };
    ipcRenderer.emit(IPC_EVENT_CHANNEL, electronEvent, { topic: 'people.changed' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ topic: 'people.changed' }]);

    unsubscribe();
    expect(ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
    ipcRenderer.emit(IPC_EVENT_CHANNEL, electronEvent, { topic: 'people.changed' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
