import { useCallback } from 'react';
import type { Person } from '../../../shared';
import { useClient } from '../api/client-context';
import { useToast } from '../ui/toast';

/**
 * Archive and unarchive with the result said in a toast. Archiving offers Undo there, so a
 * mistaken click costs nothing; the toast outlives the page, so Undo works after navigating.
 */
export function useArchive(): { archive(person: Pick<Person, 'id' | 'fullName'>): Promise<boolean>; unarchive(person: Pick<Person, 'id' | 'fullName'>): Promise<boolean> } {
  const client = useClient();
  const toast = useToast();

  const unarchive = useCallback(
    async ({ id, fullName }: Pick<Person, 'id' | 'fullName'>) => {
      const result = await client.call('people.unarchive', { id });
      if (!result.ok) {
        toast({ message: `Could not restore ${fullName}: ${result.error.message}`, tone: 'error' });
        return false;
      }
      toast({ message: `${fullName} is back in your people list` });
      return true;
    },
    [client, toast],
  );

  const archive = useCallback(
    async (person: Pick<Person, 'id' | 'fullName'>) => {
      const result = await client.call('people.archive', { id: person.id });
      if (!result.ok) {
        toast({ message: `Could not archive ${person.fullName}: ${result.error.message}`, tone: 'error' });
        return false;
      }
      toast({ message: `Archived ${person.fullName}`, action: { label: 'Undo', run: () => void unarchive(person) } });
      return true;
    },
    [client, toast, unarchive],
  );

  return { archive, unarchive };
}
