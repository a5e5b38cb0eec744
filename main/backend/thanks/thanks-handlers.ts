import { AppErrorException } from '../../../shared';
import type { Handlers } from '../dispatcher';
import type { DraftsRepository } from './drafts-repository';
import type { DuplicateService } from './duplicate-service';
import type { HowItWentRepository } from './how-it-went-repository';
import type { NextOwedRepository } from './next-owed-repository';
import type { ThanksRepository } from './thanks-repository';

type ThanksHandlers = Pick<
  Handlers,
  | 'thanks.get'
  | 'thanks.saveDraft'
  | 'thanks.duplicateTargets'
  | 'thanks.comparableNotes'
  | 'thanks.duplicate'
  | 'thanks.markSent'
  | 'thanks.skip'
  | 'thanks.snooze'
  | 'thanks.reopen'
  | 'thanks.setDue'
  | 'thanks.setFollowUp'
  | 'thanks.completeFollowUp'
  | 'thanks.bulkMarkSent'
  | 'thanks.bulkSnooze'
  | 'thanks.bulkSkip'
  | 'thanks.undoSkip'
  | 'thanks.howItWent'
  | 'thanks.answerHowItWent'
  | 'thanks.nextOwed'
>;

/**
 * Applies one change to each id (or item with an id) on its own: one that cannot change (already sent, deleted
 * meanwhile) is reported by id with its reason and does not hold back the others.
 */
function eachOf<T extends number | { id: number }>(items: T[], change: (item: T) => unknown): { changed: number[]; failed: { id: number; message: string }[] } {
  const changed: number[] = [];
  const failed: { id: number; message: string }[] = [];
  for (const item of new Set(items)) {
    const id = typeof item === 'number' ? item : item.id;
    try {
      change(item);
      changed.push(id);
    } catch (error) {
      if (!(error instanceof AppErrorException)) throw error;
      failed.push({ id, message: error.appError.message });
    }
  }
  return { changed, failed };
}

export interface ThanksParts {
  thanks: ThanksRepository;
  drafts: DraftsRepository;
  duplicates: DuplicateService;
  howItWent: HowItWentRepository;
  nextOwed: NextOwedRepository;
}

export function thanksHandlers({ thanks, drafts, duplicates, howItWent, nextOwed }: ThanksParts): ThanksHandlers {
  return {
    'thanks.get': ({ id }) => drafts.get(id),
    'thanks.saveDraft': (input) => drafts.save(input),
    'thanks.duplicateTargets': ({ id }) => ({ items: duplicates.targets(id) }),
    'thanks.comparableNotes': ({ id }) => drafts.comparableNotes(drafts.get(id)),
    'thanks.duplicate': ({ id, targetId, replaceDraft }) => duplicates.duplicate(id, targetId, replaceDraft),
    'thanks.markSent': (input) => thanks.markSent(input),
    'thanks.skip': ({ id, reason }) => thanks.skip(id, reason),
    'thanks.snooze': ({ id, until }) => thanks.snooze(id, until),
    'thanks.reopen': ({ id }) => thanks.reopen(id),
    'thanks.setDue': ({ id, dueAt }) => thanks.setDue(id, dueAt),
    'thanks.setFollowUp': ({ id, followUp }) => thanks.setFollowUp(id, followUp),
    'thanks.completeFollowUp': ({ id, done }) => thanks.completeFollowUp(id, done),
    'thanks.bulkMarkSent': ({ ids, sentAt, channel }) => thanks.batch(() => eachOf(ids, (id) => thanks.markSent({ id, sentAt, channel }))),
    'thanks.bulkSnooze': ({ ids, until }) => thanks.batch(() => eachOf(ids, (id) => thanks.snooze(id, until))),
    'thanks.bulkSkip': ({ ids, reason }) => thanks.batch(() => eachOf(ids, (id) => thanks.skip(id, reason))),
    'thanks.undoSkip': ({ items }) => thanks.batch(() => eachOf(items, (item) => thanks.undoSkip(item))),
    'thanks.howItWent': ({ opportunityId }) => ({ items: howItWent.list(opportunityId) }),
    'thanks.answerHowItWent': ({ id, followUp }) => howItWent.answer(id, followUp),
    'thanks.nextOwed': ({ id }) => nextOwed.after(id),
  };
}
