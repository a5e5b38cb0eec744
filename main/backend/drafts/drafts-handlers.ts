import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { DraftsRepository } from './drafts-repository';
import type { DuplicateService } from './duplicate-service';

type DraftsHandlers = Pick<Handlers, 'thanks.get' | 'thanks.saveDraft' | 'thanks.duplicateTargets' | 'thanks.duplicate'>;

export function draftsHandlers(drafts: DraftsRepository, duplicates: DuplicateService, events: EventHub): DraftsHandlers {
  return {
    'thanks.get': ({ id }) => drafts.get(id),
    'thanks.saveDraft': (input) => {
      const saved = drafts.save(input);
      // Autosave runs every second of typing pause; only the status matters to other screens.
      events.publish({ topic: 'thanks.changed' });
      return saved;
    },
    'thanks.duplicateTargets': ({ id }) => ({ items: duplicates.targets(id) }),
    'thanks.duplicate': ({ id, targetId, replaceDraft }) => {
      const copied = duplicates.duplicate(id, targetId, replaceDraft);
      for (const topic of ['thanks.changed', 'occasions.changed'] as const) events.publish({ topic });
      return copied;
    },
  };
}
