/** Pushed from the backend to every open window so that lists stay current without polling. */
export const EVENT_TOPICS = ['people.changed', 'occasions.changed', 'thanks.changed', 'opportunities.changed', 'settings.changed', 'templates.changed'] as const;
export type EventTopic = (typeof EVENT_TOPICS)[number];
export type AppEvent = { topic: EventTopic };
