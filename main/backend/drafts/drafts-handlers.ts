import type { Handlers } from '../dispatcher';
import type { DraftsRepository } from './drafts-repository';
import type { DuplicateService } from './duplicate-service';

type DraftsHandlers = Pick<Handlers, 'thanks.get' | 'thanks.saveDraft' | 'thanks.duplicateTargets' | 'thanks.duplicate'>;

export function draftsHandlers(drafts: DraftsRepository, duplicates: DuplicateService): DraftsHandlers {
  return {
    'thanks.get': ({ id }) => drafts.get(id),
    'thanks.saveDraft': (input) => drafts.save(input),
    'thanks.duplicateTargets': ({ id }) => ({ items: duplicates.targets(id) }),
    'thanks.duplicate': ({ id, targetId, replaceDraft }) => duplicates.duplicate(id, targetId, replaceDraft),
  };
}
