/** The keys that save a form, as shown on its button. */
export const SUBMIT_SHORTCUT_LABEL = navigator.platform.startsWith('Mac') ? '⌘↵' : 'Ctrl+Enter';
