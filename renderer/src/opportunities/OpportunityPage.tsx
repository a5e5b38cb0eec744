import { useState } from 'react';
import { useNavigate } from 'react-router';
import { OPPORTUNITY_STAGE_LABELS, OPPORTUNITY_STAGES, type OpportunityDetail, type OpportunityStage } from '../../../shared';
import { useClient } from '../api/client-context';
import { useQuery } from '../api/use-query';
import { useLogOccasion } from '../app/log-occasion';
import { RouteIdPage } from '../app/route-id';
import { BackLink } from '../ui/BackLink';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { Options } from '../ui/Options';
import { QueryState, screenFrame } from '../ui/QueryState';
import { useToast } from '../ui/toast';
import { DeleteOpportunityDialog } from './DeleteOpportunityDialog';
import { MoreActionsMenu } from '../ui/MoreActionsMenu';
import { HowItWentOffers } from '../thank-yous/HowItWentOffers';
import { OccasionList } from './OccasionList';
import { OpportunityForm, type OpportunityValues } from './OpportunityForm';
import { OutstandingList } from './OutstandingList';
import './opportunities.css';

export function OpportunityPage() {
  return (
    <RouteIdPage param="opportunityId" notFound={<NotFound />}>
      {(id) => <OpportunityDetails id={id} />}
    </RouteIdPage>
  );
}

const back = <BackLink to="/opportunities" label="Opportunities" />;

function OpportunityDetails({ id }: { id: number }) {
  const { state, reload } = useQuery('opportunities.get', { id });
  return (
    <QueryState state={state} onRetry={reload} look="card" notFound={<NotFound />} frame={screenFrame('screen', back)}>
      {({ data }) => <Loaded opportunity={data} />}
    </QueryState>
  );
}

const valuesOf = (o: OpportunityDetail, stage: OpportunityStage = o.stage): OpportunityValues => ({
  company: o.company,
  role: o.role,
  link: o.link,
  stage,
  notes: o.notes,
});

function Loaded({ opportunity }: { opportunity: OpportunityDetail }) {
  const client = useClient();
  const toast = useToast();
  const navigate = useNavigate();
  const logOccasion = useLogOccasion();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // Shown while the change is saving, so the select does not jump back and forth.
  const [pendingStage, setPendingStage] = useState<OpportunityStage | null>(null);

  async function changeStage(next: OpportunityStage, previous: OpportunityStage, undo = false) {
    setPendingStage(next);
    const result = await client.call('opportunities.update', { id: opportunity.id, opportunity: valuesOf(opportunity, next) });
    setPendingStage(null);
    if (!result.ok) {
      toast({ tone: 'error', message: `The stage was not changed: ${result.error.message}` });
      return;
    }
    toast(
      undo
        ? { message: `Stage set back to ${OPPORTUNITY_STAGE_LABELS[next]}.` }
        : {
            message: `Stage changed to ${OPPORTUNITY_STAGE_LABELS[next]}.`,
            action: { label: 'Undo', run: () => void changeStage(previous, next, true) },
          },
    );
  }

  const stage = pendingStage ?? opportunity.stage;
  const hasOccasions = opportunity.occasions.length > 0;
  const logButton = (className: string) => (
    <button type="button" className={className} onClick={() => logOccasion({ opportunityId: opportunity.id })}>
      <Icon name="plus" />
      Log an occasion for this opportunity
    </button>
  );

  return (
    <section className="screen opportunity-page" aria-labelledby="opportunity-title">
      {back}
      <header className="opp-header card">
        <div className="opp-heading">
          <span className="opp-icon" aria-hidden="true">
            <Icon name="briefcase" />
          </span>
          <div className="opp-title-block">
            <h1 id="opportunity-title">
              {opportunity.role ? (
                <>
                  <bdi>{opportunity.role}</bdi> <span className="at">at</span> <bdi>{opportunity.company}</bdi>
                </>
              ) : (
                <bdi>{opportunity.company}</bdi>
              )}
            </h1>
            {opportunity.link ? (
              <a className="opp-link" href={opportunity.link} target="_blank" rel="noreferrer">
                {displayLink(opportunity.link)}
                <span className="visually-hidden"> (opens in your browser)</span>
              </a>
            ) : (
              <span className="muted">No link saved</span>
            )}
          </div>
        </div>
        <div className="opp-actions">
          <label className="stage-select">
            <span>Stage</span>
            <select
              value={stage}
              aria-busy={pendingStage !== null}
              onChange={(e) => void changeStage(e.target.value as OpportunityStage, opportunity.stage)}
              className={`stage-${stage}`}
            >
              <Options values={OPPORTUNITY_STAGES} labels={OPPORTUNITY_STAGE_LABELS} />
            </select>
          </label>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            <Icon name="edit" />
            Edit
          </button>
          <MoreActionsMenu items={[{ label: 'Delete opportunity…', icon: 'trash', danger: true, run: () => setDeleting(true) }]} />
        </div>
        {opportunity.notes.trim() !== '' && (
          <div className="opp-notes">
            <h2 className="visually-hidden">Notes</h2>
            <p dir="auto">{opportunity.notes}</p>
          </div>
        )}
      </header>

      <HowItWentOffers opportunityId={opportunity.id} />

      <section className="card" aria-labelledby="outstanding-title">
        <h2 id="outstanding-title">Who still needs thanks</h2>
        {opportunity.outstanding.length > 0 ? (
          <OutstandingList items={opportunity.outstanding} />
        ) : (
          <p className="muted section-empty">
            {hasOccasions ? 'Everyone who helped with this opportunity has been thanked.' : 'Nobody yet: log an occasion for this opportunity and everyone who took part will be listed here until you thank them.'}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="occasions-title">
        <div className="card-title-row">
          <h2 id="occasions-title">Occasions</h2>
          {hasOccasions && (
            <span className="card-title-end">
              <span className="count">{opportunity.occasions.length === 1 ? '1 occasion' : `${opportunity.occasions.length} occasions`}</span>
              {logButton('button compact')}
            </span>
          )}
        </div>
        {hasOccasions ? (
          <OccasionList occasions={opportunity.occasions} />
        ) : (
          <div className="section-empty">
            <p className="muted">No interviews, referrals or other occasions belong to this opportunity yet. When you log one, choose this opportunity for it.</p>
            {logButton('button')}
          </div>
        )}
      </section>

      <Dialog open={editing} title="Edit opportunity" size="large" onClose={() => setEditing(false)}>
        <OpportunityForm
          initial={valuesOf(opportunity)}
          submitLabel="Save changes"
          savingLabel="Saving…"
          errorPrefix="opportunity."
          save={(values) => client.call('opportunities.update', { id: opportunity.id, opportunity: values })}
          onSaved={(saved) => {
            setEditing(false);
            toast({ message: `Saved ${saved.label}.` });
          }}
          onCancel={() => setEditing(false)}
        />
      </Dialog>
      <DeleteOpportunityDialog
        open={deleting}
        opportunity={opportunity}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          toast({ message: `Deleted ${opportunity.label}. Its occasions are kept.` });
          void navigate('/opportunities');
        }}
      />
    </section>
  );
}

/** The host and path, without the scheme and trailing slash: what a person recognizes. */
function displayLink(link: string): string {
  return link.replace(/^https?:\/\/(www\.)?/iu, '').replace(/\/$/u, '');
}

function NotFound() {
  return (
    <NotFoundScreen back={{ to: '/opportunities', label: 'Opportunities' }} title="This opportunity no longer exists" action={{ to: '/opportunities', label: 'See all opportunities' }}>
      It may have been deleted. Its occasions, if it had any, are still under Occasions.
    </NotFoundScreen>
  );
}
