import type { AppTarget } from './reminders';

/** Pushed from the backend to every open window so that lists stay current without polling. */
export const EVENT_TOPICS = [
  'people.changed',
  'occasions.changed',
  'thanks.changed',
  'opportunities.changed',
  'settings.changed',
  'templates.changed',
  'reminders.changed',
  'backups.changed',
  // Not a change: a reminder's time has come. Whoever shows notifications (the Electron shell, or
  // a browser tab that was granted them) claims it with `reminders.claim`; only one gets it.
  'reminders.due',
] as const;
export type EventTopic = (typeof EVENT_TOPICS)[number];

/**
 * A change announced by the backend, or (Electron only) the shell asking the window to go
 * somewhere: a notification, tray or menu item was clicked.
 */
export type AppEvent = { topic: EventTopic } | { topic: 'app.open'; target: AppTarget };
