import { useCallback, useEffect, useState } from 'react';
import type { AppError, Person } from '../../../shared';
import { useClient } from '../api/client-context';

export type PeopleState =
  | { status: 'loading' }
  | { status: 'loaded'; items: Person[]; total: number }
  | { status: 'failed'; error: AppError };

const PAGE_SIZE = 200;

/** The people matching a search, refreshed whenever the backend says people changed. */
export function usePeople(search: string): { state: PeopleState; reload: () => void } {
  const client = useClient();
  const [state, setState] = useState<PeopleState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => client.onEvent((event) => event.topic === 'people.changed' && reload()), [client, reload]);

  useEffect(() => {
    let current = true;
    void client.call('people.list', { search, limit: PAGE_SIZE, offset: 0 }).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'loaded', ...result.value } : { status: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [client, search, generation]);

  return { state, reload };
}
