import type { SessionNeeded } from '../api/browser-session';
import { Icon } from '../ui/Icon';
import { useWindowTitle } from '../app/page-heading';

type Reason = SessionNeeded | 'ended';

const TITLES: Record<Reason, string> = {
  missing: 'Open Thankful with the address it printed',
  used: 'This link was already used',
  ended: 'This tab is no longer connected to Thankful',
};

const WHY: Record<Reason, string> = {
  missing: 'This tab has no key to your Thankful data yet. The key comes with the full address that “npm run serve” printed in the terminal (the one ending in ?token=…).',
  used: 'Each address Thankful prints opens it once, in one browser, so that a copy left in a browser’s history opens nothing. This one was already used, or it is from an earlier launch.',
  ended: 'Thankful was stopped or started again since this tab opened it, and each launch has new keys.',
};

/**
 * Browser mode without a usable session key (api/browser-session.ts): says what happened and
 * what to do, and shows no data.
 */
export function SessionNeededScreen({ reason }: { reason: Reason }) {
  useWindowTitle(TITLES[reason]);
  const bareAddress = `${window.location.origin}/`;
  return (
    <main className="fatal" role="alert" aria-labelledby="fatal-title">
      <div className="fatal-card">
        <Icon name="alert" />
        <h1 id="fatal-title">{TITLES[reason]}</h1>
        <p>{WHY[reason]}</p>
        {reason === 'ended' && <p>Open the address that “npm run serve” printed most recently.</p>}
        {reason === 'missing' && <p>If that address was already opened in another browser, stop “npm run serve” (Ctrl+C), start it again, and open the new address it prints.</p>}
        {reason === 'used' && (
          <p>
            The browser that opened it first keeps working, also in new tabs at <span className="path">{bareAddress}</span>. To open Thankful here instead, stop
            “npm run serve” (Ctrl+C), start it again, and open the new address it prints.
          </p>
        )}
      </div>
    </main>
  );
}
