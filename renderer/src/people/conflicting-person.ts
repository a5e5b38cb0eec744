import type { AppError } from '../../../shared';
import type { Client } from '../api/client';

export interface ExistingPerson {
  id: number;
  fullName: string;
}

/** On a CONFLICT (an email someone already has), the person who has it, to offer instead. */
export async function conflictingPerson(client: Client, error: AppError): Promise<ExistingPerson | null> {
  const id = error.code === 'CONFLICT' ? Number(error.details?.personId) : NaN;
  if (!Number.isInteger(id) || id <= 0) return null;
  const named = error.details?.fullName ?? error.details?.personName;
  if (typeof named === 'string' && named) return { id, fullName: named };
  const person = await client.call('people.get', { id });
  return { id, fullName: person.ok ? person.value.fullName : 'the existing person' };
}
