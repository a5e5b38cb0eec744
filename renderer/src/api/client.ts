import type { AppEvent, ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../../shared';
import { findBridge, ipcTransport } from './ipc-transport';
import { httpTransport } from './http-transport';
import type { Transport } from './transport';

/** The typed client: names, inputs and outputs come from the contract in shared/. */
export interface Client {
  transport: Transport['kind'];
  call<N extends ProcedureName>(method: N, ...input: OptionalInput<N>): Promise<Result<ProcedureOutput<N>>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

type OptionalInput<N extends ProcedureName> = undefined extends ProcedureInput<N> ? [input?: ProcedureInput<N>] : [input: ProcedureInput<N>];

export function createClient(transport: Transport): Client {
  return {
    transport: transport.kind,
    call: (method, ...input) => transport.invoke(method, input[0]) as Promise<Result<ProcedureOutput<typeof method>>>,
    onEvent: (listener) => transport.onEvent(listener),
  };
}

/** Picked once at start-up: the preload's bridge inside Electron, HTTP in a browser. */
export function createDefaultClient(): Client {
  const bridge = findBridge();
  return createClient(bridge ? ipcTransport(bridge) : httpTransport());
}
