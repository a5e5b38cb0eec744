import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { DraftsRepository } from './drafts-repository';

export function draftsHandlers(drafts: DraftsRepository, events: EventHub): Pick<Handlers, 'thanks.get' | 'thanks.saveDraft'> {
  return {
    'thanks.get': ({ id }) => drafts.get(id),
    'thanks.saveDraft': (input) => {
      const saved = drafts.save(input);
      // Autosave runs every second of typing pause; only the status matters to other screens.
      events.publish({ topic: 'thanks.changed' });
      return saved;
    },
  };
}
