import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { PeopleRepository } from './people-repository';

type PeopleHandlers = Pick<
  Handlers,
  'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.archive' | 'people.unarchive' | 'people.deletionImpact' | 'people.delete'
>;

export function peopleHandlers(people: PeopleRepository, events: EventHub): PeopleHandlers {
  const changed = <T>(value: T): T => {
    events.publish({ topic: 'people.changed' });
    return value;
  };
  return {
    'people.list': (query) => people.list({ ...query, search: query.search ?? '' }),
    'people.get': ({ id }) => people.detail(id),
    'people.create': (fields) => changed(people.create(fields)),
    'people.update': ({ id, changes }) => changed(people.update(id, changes)),
    'people.archive': ({ id }) => changed(people.archive(id, true)),
    'people.unarchive': ({ id }) => changed(people.archive(id, false)),
    'people.deletionImpact': ({ id }) => people.deletionImpact(id),
    'people.delete': ({ id, confirmDeleteSentThanks }) => {
      people.delete(id, confirmDeleteSentThanks);
      events.publish({ topic: 'occasions.changed' });
      events.publish({ topic: 'thanks.changed' });
      return changed({ deleted: true as const });
    },
  };
}
