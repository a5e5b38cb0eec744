import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { AppTarget } from '../../../shared';
import { useClient } from '../api/client-context';

/**
 * Goes where a notification, the tray or the application menu points: a note, the dashboard,
 * Settings, or the "Log an occasion" dialog. The desktop shell asks with an `app.open` event;
 * browser mode's notifications call the returned function themselves.
 */
export function useOpenTarget(logOccasion: () => void): (target: AppTarget) => void {
  const navigate = useNavigate();
  const client = useClient();
  const open = useCallback(
    (target: AppTarget) => {
      if (target.kind === 'thank-you') void navigate(`/thanks/${target.thankYouId}`);
      else if (target.kind === 'dashboard') void navigate('/dashboard');
      else if (target.kind === 'settings') void navigate('/settings');
      else logOccasion();
    },
    [navigate, logOccasion],
  );
  useEffect(() => {
    // Asked before this was listening (a window opened by a notification click): go there now.
    const waiting = client.takeOpenRequest();
    if (waiting) open(waiting);
    return client.onEvent((event) => {
      // Taken, so a later mount does not go there again.
      if (event.topic === 'app.open') open(client.takeOpenRequest() ?? event.target);
    });
  }, [client, open]);
  return open;
}
