import { describe, expect, it } from 'vitest';
import type { AppEvent, ThankfulBridge } from '../../../shared';
import { ipcTransport } from './ipc-transport';

/** A stand-in for the preload's bridge (the Electron binary is absent here): events are delivered in subscription order, as ipcRenderer does. */
function fakeBridge() {
  const listeners = new Set<(event: AppEvent) => void>();
  const bridge: ThankfulBridge = {
    invoke: async () => ({ ok: true, value: null }),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { bridge, send: (event: AppEvent) => listeners.forEach((listener) => listener(event)) };
}

describe('ipcTransport: where the shell asked to go (fake preload bridge)', () => {
  it('keeps an app.open that came before anyone listened, for the first to take it, once', () => {
    const { bridge, send } = fakeBridge();
    const transport = ipcTransport(bridge);
    send({ topic: 'app.open', target: { kind: 'thank-you', thankYouId: 7 } });
    send({ topic: 'thanks.changed' });
    expect(transport.takeOpenRequest()).toEqual({ kind: 'thank-you', thankYouId: 7 });
    expect(transport.takeOpenRequest()).toBeUndefined();
  });

  it('has it ready for a listener that takes it as it arrives, so a later mount does not go there again', () => {
    const { bridge, send } = fakeBridge();
    const transport = ipcTransport(bridge);
    const taken: unknown[] = [];
    transport.onEvent((event) => {
      if (event.topic === 'app.open') taken.push(transport.takeOpenRequest());
    });
    send({ topic: 'app.open', target: { kind: 'settings' } });
    expect(taken).toEqual([{ kind: 'settings' }]);
    expect(transport.takeOpenRequest()).toBeUndefined();
  });
});
