import { useEffect } from 'react';
import type { EventTopic } from '../../../shared';
import { useClient } from './client-context';

/**
 * Runs `onChange` when the backend announces a change to one of `topics`. One change announces
 * several topics at once; `onChange` runs once for the lot. `onChange` should be stable
 * (`useCallback`): a new one subscribes again.
 */
export function useChangeEvents(topics: readonly EventTopic[], onChange: () => void): void {
  const client = useClient();
  const topicKey = topics.join(',');
  useEffect(() => {
    let scheduled: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = client.onEvent((event) => {
      if (!topicKey.split(',').includes(event.topic) || scheduled !== undefined) return;
      scheduled = setTimeout(() => {
        scheduled = undefined;
        onChange();
      }, 0);
    });
    return () => {
      clearTimeout(scheduled);
      unsubscribe();
    };
  }, [client, onChange, topicKey]);
}
