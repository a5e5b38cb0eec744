import { useNotificationAccess } from '../reminders/notification-permission';

/** Browser mode: whether this browser may show Thankful's notifications, and the button that asks. */
export function NotificationAccessLine() {
  const { access, ask } = useNotificationAccess();
  if (access === 'granted') return <p className="reminder-access">This browser shows Thankful’s notifications while a Thankful tab is open.</p>;
  if (access === 'unsupported') return <p className="reminder-access warning">This browser cannot show notifications. The dashboard still shows what is due.</p>;
  if (access === 'denied') {
    return (
      <p className="reminder-access warning">
        This browser blocks Thankful’s notifications. Allow them in the site settings (the icon left of the address), then reload.
      </p>
    );
  }
  return (
    <p className="reminder-access">
      <span>This browser needs your permission to show notifications.</span>{' '}
      <button type="button" className="button" onClick={() => void ask()}>
        Allow notifications
      </button>
    </p>
  );
}
