import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { OccasionsRepository } from './occasions-repository';

type OccasionHandlers = Pick<Handlers, 'occasions.list' | 'occasions.get' | 'occasions.create' | 'occasions.update' | 'occasions.delete'>;

export function occasionsHandlers(occasions: OccasionsRepository, events: EventHub): OccasionHandlers {
  // An occasion change can add people and always touches their thank-yous.
  const changed = <T>(value: T): T => {
    for (const topic of ['occasions.changed', 'thanks.changed', 'people.changed', 'opportunities.changed'] as const) events.publish({ topic });
    return value;
  };
  return {
    'occasions.list': (query) => occasions.list(query),
    'occasions.get': ({ id }) => occasions.get(id),
    'occasions.create': (input) => changed(occasions.create(input)),
    'occasions.update': ({ id, occasion }) => changed(occasions.update(id, occasion)),
    'occasions.delete': ({ id, confirmDeleteSentThanks }) => {
      occasions.delete(id, confirmDeleteSentThanks);
      return changed({ deleted: true as const });
    },
  };
}
