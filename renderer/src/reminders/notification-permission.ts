import { useCallback, useState } from 'react';

/** Dispatched on `window` when the user grants notifications in Settings, so waiting reminders come at once. */
export const PERMISSION_GRANTED_EVENT = 'thankful:notifications-granted';

export type NotificationAccess = 'granted' | 'denied' | 'default' | 'unsupported';

function currentAccess(): NotificationAccess {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export function notificationsGranted(): boolean {
  return currentAccess() === 'granted';
}

/** Whether this browser may show Thankful's notifications, and a way to ask (it must follow a click). */
export function useNotificationAccess(): { access: NotificationAccess; ask(): Promise<void> } {
  const [access, setAccess] = useState<NotificationAccess>(currentAccess);
  const ask = useCallback(async () => {
    if (currentAccess() === 'unsupported') return;
    const answer = await Notification.requestPermission();
    setAccess(answer);
    if (answer === 'granted') window.dispatchEvent(new Event(PERMISSION_GRANTED_EVENT));
  }, []);
  return { access, ask };
}
