import type { Handlers } from '../dispatcher';
import type { ReminderService } from './reminder-service';

export function remindersHandlers(reminders: ReminderService): Pick<Handlers, 'reminders.claim' | 'reminders.snooze' | 'reminders.status'> {
  return {
    'reminders.claim': () => ({ notifications: reminders.claim() }),
    'reminders.snooze': ({ keys, minutes }) => reminders.snooze(keys, minutes),
    'reminders.status': () => reminders.status(),
  };
}
