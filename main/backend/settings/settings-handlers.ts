import type { Handlers } from '../dispatcher';
import type { SettingsRepository } from './settings-repository';

export function settingsHandlers(settings: SettingsRepository): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (changes) => {
      try {
        return settings.update(changes);
      } catch (error) {
        settings.invalidate();
        throw error;
      }
    },
  };
}
