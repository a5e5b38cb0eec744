import type { Handlers } from '../dispatcher';
import type { PeopleRepository } from './people-repository';

type PeopleHandlers = Pick<
  Handlers,
  'people.list' | 'people.get' | 'people.create' | 'people.update' | 'people.archive' | 'people.unarchive' | 'people.deletionImpact' | 'people.delete'
>;

export function peopleHandlers(people: PeopleRepository): PeopleHandlers {
  return {
    'people.list': (query) => people.list({ ...query, search: query.search ?? '' }),
    'people.get': ({ id }) => people.detail(id),
    'people.create': (fields) => people.create(fields),
    'people.update': ({ id, revision, changes }) => people.update(id, revision, changes),
    'people.archive': ({ id }) => people.archive(id, true),
    'people.unarchive': ({ id }) => people.archive(id, false),
    'people.deletionImpact': ({ id }) => people.deletionImpact(id),
    'people.delete': ({ id, confirmDeleteSentThanks }) => {
      people.delete(id, confirmDeleteSentThanks);
      return { deleted: true as const };
    },
  };
}
