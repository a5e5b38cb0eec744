import { useEffect, useState } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput, Result } from '../../../shared';
import { useClient } from './client-context';

/**
 * Reads once when mounted, without listening for changes: for what a short-lived form needs
 * (settings, the opportunities to choose from). Each `useQuery` listener opens its own event
 * stream in browser mode, and a browser allows only six connections per server, so forms and
 * dialogs do not add listeners of their own.
 */
export function useFetchOnce<N extends ProcedureName>(method: N, input: ProcedureInput<N>): ProcedureOutput<N> | null {
  const client = useClient();
  const [data, setData] = useState<ProcedureOutput<N> | null>(null);
  const inputKey = JSON.stringify(input ?? null);
  useEffect(() => {
    let current = true;
    const call = client.call as (m: N, i: ProcedureInput<N>) => Promise<Result<ProcedureOutput<N>>>;
    void call(method, JSON.parse(inputKey) as ProcedureInput<N>).then((result) => {
      if (current && result.ok) setData(result.value);
    });
    return () => {
      current = false;
    };
  }, [client, method, inputKey]);
  return data;
}
