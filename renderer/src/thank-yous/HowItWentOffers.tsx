import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { HowItWentItem } from '../../../shared';
import { useClient } from '../api/client-context';
import { useQuery } from '../api/use-query';
import { KindIcon } from '../ui/KindIcon';
import { isolate } from '../lib/isolate';
import { absolute, shortDate } from '../lib/time-text';
import { QueryState } from '../ui/QueryState';
import { useToast } from '../ui/toast';
import { HowItWentDialog } from './HowItWentDialog';
import { outcomeText, vouchedText } from './how-it-went-text';
import './thank-yous.css';
import './how-it-went.css';

/**
 * "Tell them how it went": the people who referred or recommended you, or called on your behalf, for an opportunity that
 * has reached an outcome, each with "Plan follow-up" and "No thanks". All of them (dashboard), or
 * those of one opportunity (its page, where the opportunity goes without saying).
 */
export function HowItWentOffers({ opportunityId }: { opportunityId?: number }) {
  const { state, reload } = useQuery('thanks.howItWent', opportunityId === undefined ? {} : { opportunityId });
  const [planning, setPlanning] = useState<HowItWentItem | null>(null);
  const titleId = useId();
  if (state.status === 'loading' || (state.status === 'loaded' && state.data.items.length === 0)) return null;
  return (
    <section className="card how-it-went" aria-labelledby={titleId}>
      <h2 id={titleId}>
        Tell them how it went
        {state.status === 'loaded' && <span className="count-badge">{state.data.items.length}</span>}
      </h2>
      <QueryState state={state} onRetry={reload} failedText="The people to tell how it went could not be loaded.">
        {({ data }) => (
          <>
            <p className="muted how-it-went-intro">They spoke up for you. A short note on how it ended keeps them in the loop and glad they helped.</p>
            <ul className="how-it-went-list">
              {data.items.map((item) => (
                <Offer key={item.thankYouId} item={item} showOpportunity={opportunityId === undefined} onPlan={() => setPlanning(item)} />
              ))}
            </ul>
          </>
        )}
      </QueryState>
      {planning && <HowItWentDialog item={planning} onClose={() => setPlanning(null)} />}
    </section>
  );
}

function Offer({ item, showOpportunity, onPlan }: { item: HowItWentItem; showOpportunity: boolean; onPlan(): void }) {
  const client = useClient();
  const toast = useToast();
  const [saving, setSaving] = useState(false);

  async function decline() {
    setSaving(true);
    const result = await client.call('thanks.answerHowItWent', { id: item.thankYouId, followUp: null });
    setSaving(false);
    toast(result.ok ? { message: `No follow-up with ${isolate(item.fullName)}; you will not be asked again.` } : { message: result.error.message, tone: 'error' });
  }

  return (
    <li className="how-it-went-row">
      <span className={`kind-badge kind-${item.kind}`} aria-hidden="true">
        <KindIcon kind={item.kind} size={16} />
      </span>
      <div className="how-it-went-text">
        <span>
          Tell{' '}
          <Link to={`/people/${item.personId}`} className="how-it-went-person">
            <bdi>{item.fullName}</bdi>
          </Link>{' '}
          how it went
          {showOpportunity && (
            <>
              {' — '}
              <Link to={`/opportunities/${item.opportunityId}`} className="outcome">
                <bdi>{outcomeText(item)}</bdi>
              </Link>
            </>
          )}
        </span>
        <span className="muted text-small">
          {vouchedText(item.kind)} · thanked <time dateTime={item.sentAt} title={absolute(item.sentAt)}>{shortDate(item.sentAt)}</time>
        </span>
      </div>
      <div className="how-it-went-actions">
        <button type="button" className="button compact primary" disabled={saving} aria-label={`Plan follow-up: tell ${item.fullName} how it went`} onClick={onPlan}>
          Plan follow-up
        </button>
        <button type="button" className="button compact" disabled={saving} aria-label={`No thanks: no follow-up with ${item.fullName}`} onClick={() => void decline()}>
          No thanks
        </button>
      </div>
    </li>
  );
}
