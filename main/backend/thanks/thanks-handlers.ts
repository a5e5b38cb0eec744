import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { ThanksRepository } from './thanks-repository';

type ThanksHandlers = Pick<
  Handlers,
  'thanks.markSent' | 'thanks.skip' | 'thanks.snooze' | 'thanks.reopen' | 'thanks.setDue' | 'thanks.setFollowUp' | 'thanks.completeFollowUp'
>;

export function thanksHandlers(thanks: ThanksRepository, events: EventHub): ThanksHandlers {
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
  };
}
