import { BRIDGE_GLOBAL, type ThankfulBridge } from '../../../shared';
import type { Transport } from './transport';

/** The preload's bridge, present only inside the Electron window. */
export function findBridge(): ThankfulBridge | undefined {
  return (window as unknown as Record<string, ThankfulBridge | undefined>)[BRIDGE_GLOBAL];
}

export function ipcTransport(bridge: ThankfulBridge): Transport {
  return {
    kind: 'ipc',
    invoke: (method, input) => bridge.invoke(method, input),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
