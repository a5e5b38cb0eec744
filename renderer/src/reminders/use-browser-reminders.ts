import { useEffect } from 'react';
import type { AppTarget, ReminderNotification } from '../../../shared';
import { useClient } from '../api/client-context';
import { useAppInfo } from '../app/app-info';
import { notificationsGranted, PERMISSION_GRANTED_EVENT } from './notification-permission';

/**
 * Browser mode's notifications. The backend announces `reminders.due` when a reminder's time has
 * come; a tab that was granted notifications claims what is due (`reminders.claim` marks it shown,
 * so of several tabs only one shows it) and shows each as a Web Notification. Without permission
 * nothing is claimed: the reminders wait (the backend folds stale ones into a summary). The
 * desktop app shows its own from the main process, so there the page does nothing.
 */
export function useBrowserReminders(open: (target: AppTarget) => void): void {
  const client = useClient();
  const { shell } = useAppInfo();
  useEffect(() => {
    if (shell !== 'browser') return;
    let claiming = false;
    let again = false;
    const claim = async () => {
      if (!notificationsGranted()) return;
      // One claim at a time per tab; an announcement during one is answered by one more after it.
      if (claiming) {
        again = true;
        return;
      }
      claiming = true;
      try {
        const result = await client.call('reminders.claim', {});
        if (result.ok) for (const reminder of result.value.notifications) show(reminder, open);
      } finally {
        claiming = false;
        if (again) {
          again = false;
          void claim();
        }
      }
    };
    const unsubscribe = client.onEvent((event) => {
      if (event.topic === 'reminders.due') void claim();
    });
    // What came due while no tab was open (or before permission was granted) is shown now.
    void claim();
    const onPermission = () => void claim();
    window.addEventListener(PERMISSION_GRANTED_EVENT, onPermission);
    return () => {
      unsubscribe();
      window.removeEventListener(PERMISSION_GRANTED_EVENT, onPermission);
    };
  }, [client, shell, open]);
}

function show(reminder: ReminderNotification, open: (target: AppTarget) => void): void {
  try {
    // The tag makes the browser replace a notification for the same moment instead of stacking a second.
    const notification = new Notification(reminder.title, { body: reminder.body, tag: reminder.tag, lang: '' });
    notification.onclick = () => {
      window.focus();
      open(reminder.opens);
      notification.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker; the dashboard still shows what is owed.
  }
}
