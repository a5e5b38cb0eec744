import type { Handlers } from '../dispatcher';
import type { OccasionsRepository } from './occasions-repository';

type OccasionHandlers = Pick<Handlers, 'occasions.list' | 'occasions.get' | 'occasions.create' | 'occasions.update' | 'occasions.delete' | 'occasions.setParticipantNotes'>;

export function occasionsHandlers(occasions: OccasionsRepository): OccasionHandlers {
  return {
    'occasions.list': (query) => occasions.list(query),
    'occasions.get': ({ id }) => occasions.get(id),
    'occasions.create': (input) => occasions.create(input),
    'occasions.update': ({ id, revision, occasion }) => occasions.update(id, revision, occasion),
    'occasions.setParticipantNotes': ({ occasionId, personId, ...notes }) => occasions.setParticipantNotes(occasionId, personId, notes),
    'occasions.delete': ({ id, confirmDeleteSentThanks }) => {
      occasions.delete(id, confirmDeleteSentThanks);
      return { deleted: true as const };
    },
  };
}
