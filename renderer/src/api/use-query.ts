import { useCallback, useEffect, useState } from 'react';
import { topicsRead, type AppError, type ProcedureInput, type ProcedureName, type ProcedureOutput } from '../../../shared';
import { useChangeEvents } from './use-change-events';
import { useClient } from './client-context';

export type QueryState<T> = { status: 'loading' } | { status: 'loaded'; data: T } | { status: 'failed'; error: AppError };

/**
 * Calls a read procedure and keeps its answer current: it refetches when the input changes and
 * whenever the backend announces a change to one of the topics the contract says it reads
 * (`reads` in shared/contract/procedures.ts). While refetching, the previous data stays on screen
 * (no flicker back to "loading").
 */
export function useQuery<N extends ProcedureName>(method: N, input: ProcedureInput<N>): { state: QueryState<ProcedureOutput<N>>; reload: () => void } {
  const client = useClient();
  const [state, setState] = useState<QueryState<ProcedureOutput<N>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const inputKey = JSON.stringify(input ?? null);

  useChangeEvents(topicsRead(method), reload);

  useEffect(() => {
    let current = true;
    const parsedInput = JSON.parse(inputKey) as ProcedureInput<N>;
    void (client.call as (m: N, i: ProcedureInput<N>) => Promise<{ ok: true; value: ProcedureOutput<N> } | { ok: false; error: AppError }>)(
      method,
      parsedInput ?? ({} as ProcedureInput<N>),
    ).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'loaded', data: result.value } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [client, method, inputKey, generation]);

  return { state, reload };
}

/**
 * The answer of a read procedure once it has arrived (null before, or when it failed), kept
 * current like `useQuery`: for what a form only needs when it is there, such as the settings
 * behind a due-time preview or the opportunities to choose from.
 */
export function useQueryValue<N extends ProcedureName>(method: N, input: ProcedureInput<N>): ProcedureOutput<N> | null {
  const { state } = useQuery(method, input);
  return state.status === 'loaded' ? state.data : null;
}
