/** Pushed from the backend to every open window so that lists stay current without polling. */
export type AppEvent = { topic: 'people.changed' };
