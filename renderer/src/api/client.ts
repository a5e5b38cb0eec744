import type { AppEvent, AppTarget, ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../../shared';
import { exchangeOverHttp, startBrowserSession, type SessionNeeded } from './browser-session';
import { findBridge, ipcTransport } from './ipc-transport';
import { httpTransport } from './http-transport';
import type { Transport } from './transport';

/** The typed client: names, inputs and outputs come from the contract in shared/. */
export interface Client {
  transport: Transport['kind'];
  call<N extends ProcedureName>(method: N, ...input: OptionalInput<N>): Promise<Result<ProcedureOutput<N>>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** See Transport.takeOpenRequest. */
  takeOpenRequest(): AppTarget | undefined;
}

type OptionalInput<N extends ProcedureName> = undefined extends ProcedureInput<N> ? [input?: ProcedureInput<N>] : [input: ProcedureInput<N>];

export function createClient(transport: Transport): Client {
  return {
    transport: transport.kind,
    call: (method, ...input) => transport.invoke(method, input[0]) as Promise<Result<ProcedureOutput<typeof method>>>,
    onEvent: (listener) => transport.onEvent(listener),
    takeOpenRequest: () => transport.takeOpenRequest(),
  };
}

export type ClientStart = { state: 'ready'; client: Client } | { state: 'session-needed'; reason: SessionNeeded } | { state: 'offline' };

/**
 * Picked once at start-up: the preload's bridge inside Electron; in a browser, HTTP with the
 * session key (found or made from the printed address, see browser-session.ts).
 */
export async function startDefaultClient(): Promise<ClientStart> {
  const bridge = findBridge();
  if (bridge) return { state: 'ready', client: createClient(ipcTransport(bridge)) };
  const session = await startBrowserSession({
    href: window.location.href,
    replaceAddress: (url) => window.history.replaceState(window.history.state, '', url),
    storage: window.localStorage,
    exchange: exchangeOverHttp,
  });
  if (session.state === 'ready') return { state: 'ready', client: createClient(httpTransport(session.key)) };
  return session.state === 'needed' ? { state: 'session-needed', reason: session.reason } : { state: 'offline' };
}
