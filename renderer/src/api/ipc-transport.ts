import { BRIDGE_GLOBAL, type AppTarget, type ThankfulBridge } from '../../../shared';
import type { Transport } from './transport';

/** The preload's bridge, present only inside the Electron window. */
export function findBridge(): ThankfulBridge | undefined {
  return (window as unknown as Record<string, ThankfulBridge | undefined>)[BRIDGE_GLOBAL];
}

export function ipcTransport(bridge: ThankfulBridge): Transport {
  // Listening from the start, before any screen is mounted: see Transport.takeOpenRequest.
  let openRequest: AppTarget | undefined;
  bridge.onEvent((event) => {
    if (event.topic === 'app.open') openRequest = event.target;
  });
  return {
    kind: 'ipc',
    invoke: (method, input) => bridge.invoke(method, input),
    onEvent: (listener) => bridge.onEvent(listener),
    takeOpenRequest: () => {
      const target = openRequest;
      openRequest = undefined;
      return target;
    },
  };
}
