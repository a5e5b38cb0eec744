import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { PeopleRepository } from './people-repository';

export function peopleHandlers(people: PeopleRepository, events: EventHub): Pick<Handlers, 'people.list' | 'people.create'> {
  return {
    'people.list': ({ search, limit, offset }) => people.list(search ?? '', limit, offset),
    'people.create': (draft) => {
      const person = people.create({
        fullName: draft.fullName,
        addressAs: draft.addressAs || null,
        email: draft.email || null,
      });
      events.publish({ topic: 'people.changed' });
      return person;
    },
  };
}
