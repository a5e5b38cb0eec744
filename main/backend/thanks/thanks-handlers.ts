import { AppErrorException } from '../../../shared';
import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { HowItWentRepository } from './how-it-went-repository';
import type { ThanksRepository } from './thanks-repository';

type ThanksHandlers = Pick<
  Handlers,
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
  | 'thanks.howItWent'
  | 'thanks.answerHowItWent'
>;

/**
 * Applies one change to each id on its own: one that cannot change (already sent, deleted
 * meanwhile) is reported by id with its reason and does not hold back the others.
 */
function eachOf(ids: number[], change: (id: number) => unknown): { changed: number[]; failed: { id: number; message: string }[] } {
  const changed: number[] = [];
  const failed: { id: number; message: string }[] = [];
  for (const id of new Set(ids)) {
    try {
      change(id);
      changed.push(id);
    } catch (error) {
      if (!(error instanceof AppErrorException)) throw error;
      failed.push({ id, message: error.appError.message });
    }
  }
  return { changed, failed };
}

export function thanksHandlers(thanks: ThanksRepository, howItWent: HowItWentRepository, events: EventHub): ThanksHandlers {
  // Status changes move the counts on people, occasions and opportunities too.
  const changed = <T>(value: T): T => {
    for (const topic of ['thanks.changed', 'people.changed', 'occasions.changed', 'opportunities.changed'] as const) events.publish({ topic });
    return value;
  };
  return {
    'thanks.markSent': (input) => changed(thanks.markSent(input)),
    'thanks.skip': ({ id, reason }) => changed(thanks.skip(id, reason)),
    'thanks.snooze': ({ id, until }) => changed(thanks.snooze(id, until)),
    'thanks.reopen': ({ id }) => changed(thanks.reopen(id)),
    'thanks.setDue': ({ id, dueAt }) => changed(thanks.setDue(id, dueAt)),
    'thanks.setFollowUp': ({ id, followUp }) => changed(thanks.setFollowUp(id, followUp)),
    'thanks.completeFollowUp': ({ id, done }) => changed(thanks.completeFollowUp(id, done)),
    'thanks.bulkMarkSent': ({ ids, sentAt, channel }) => changed(thanks.batch(() => eachOf(ids, (id) => thanks.markSent({ id, sentAt, channel })))),
    'thanks.bulkSnooze': ({ ids, until }) => changed(thanks.batch(() => eachOf(ids, (id) => thanks.snooze(id, until)))),
    'thanks.bulkSkip': ({ ids, reason }) => changed(thanks.batch(() => eachOf(ids, (id) => thanks.skip(id, reason)))),
    'thanks.howItWent': ({ opportunityId }) => ({ items: howItWent.list(opportunityId) }),
    'thanks.answerHowItWent': ({ id, followUp }) => changed(howItWent.answer(id, followUp)),
  };
}
