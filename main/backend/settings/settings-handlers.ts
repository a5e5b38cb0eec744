import type { Handlers } from '../dispatcher';
import type { EventHub } from '../events';
import type { SettingsRepository } from './settings-repository';

export function settingsHandlers(settings: SettingsRepository, events: EventHub): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (changes) => {
      try {
        const updated = settings.update(changes);
        events.publish({ topic: 'settings.changed' });
        events.publish({ topic: 'thanks.changed' });
        return updated;
      } catch (error) {
        settings.invalidate();
        throw error;
      }
    },
  };
}
