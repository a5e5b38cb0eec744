import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { OPPORTUNITY_STAGE_LABELS, OPPORTUNITY_STAGES, type Opportunity, type OpportunityStage } from '../../../shared';
import { useClient } from '../api/client-context';
import { usePagedList } from '../api/use-paged-list';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { QueryState } from '../ui/QueryState';
import { ShowMore } from '../ui/ShowMore';
import { useToast } from '../ui/toast';
import { EMPTY_OPPORTUNITY, OpportunityForm } from './OpportunityForm';
import { isOpportunityStage, StageBadge } from './stage';
import './opportunities.css';

const PAGE_SIZE = 200;

/** The jobs and applications being tracked, filterable by stage (kept in the address, so Back returns to it). */
export function OpportunitiesScreen() {
  const client = useClient();
  const toast = useToast();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const stageParam = searchParams.get('stage');
  const stage = isOpportunityStage(stageParam) ? stageParam : undefined;
  const opportunities = usePagedList('opportunities.list', { stage }, { pageSize: PAGE_SIZE, id: 'id' });
  const { state } = opportunities;
  const [creating, setCreating] = useState(false);

  const setStage = (next: OpportunityStage | undefined) => setSearchParams(next ? { stage: next } : {}, { replace: true });

  function created(opportunity: Opportunity) {
    setCreating(false);
    // A new opportunity may not match the stage filter; show it rather than leave it hidden.
    if (stage && opportunity.stage !== stage) setStage(undefined);
    toast({ message: `Added ${opportunity.label}.`, action: { label: 'Open', run: () => void navigate(`/opportunities/${opportunity.id}`) } });
  }

  const nothingYet = state.status === 'loaded' && state.total === 0 && !stage;

  return (
    <section className="screen" aria-labelledby="opportunities-title">
      <header className="screen-header opp-screen-header">
        <div>
          <h1 id="opportunities-title">Opportunities</h1>
          <p className="subtitle">The jobs and applications your occasions belong to.</p>
        </div>
        {!nothingYet && (
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            <Icon name="plus" />
            New opportunity
          </button>
        )}
      </header>

      {nothingYet ? (
        <div className="card empty-state hero">
          <Icon name="briefcase" />
          <p className="empty-title">No opportunities yet</p>
          <p>
            An opportunity is a job you are applying for or talking to a company about: the company, the role, a link to the
            posting and how far along you are. Interviews, referrals and recommendations can belong to one, so you see everyone
            who helped with that job — and who still needs a thank-you — in one place.
          </p>
          <p className="muted">Opportunities are optional; occasions work without them.</p>
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            <Icon name="plus" />
            New opportunity
          </button>
        </div>
      ) : (
        <div className="card list-card">
          <div className="list-toolbar opp-toolbar">
            <div className="stage-filter" role="group" aria-label="Filter by stage">
              <button type="button" className="chip" aria-pressed={!stage} onClick={() => setStage(undefined)}>
                All
              </button>
              {OPPORTUNITY_STAGES.map((s) => (
                <button key={s} type="button" className="chip" aria-pressed={stage === s} onClick={() => setStage(s)}>
                  {OPPORTUNITY_STAGE_LABELS[s]}
                </button>
              ))}
            </div>
            {state.status === 'loaded' && (
              <span className="count" aria-live="polite">
                {state.total === 1 ? '1 opportunity' : `${state.total} opportunities`}
              </span>
            )}
          </div>
          <QueryState state={state} onRetry={opportunities.reload} loadingText="Loading opportunities…">
            {({ items }) => (
              <>
                <OpportunityTable items={items} stage={stage} onShowAll={() => setStage(undefined)} />
                <ShowMore list={opportunities} />
              </>
            )}
          </QueryState>
        </div>
      )}

      <Dialog open={creating} title="New opportunity" size="large" onClose={() => setCreating(false)}>
        <OpportunityForm
          initial={stage ? { ...EMPTY_OPPORTUNITY, stage } : EMPTY_OPPORTUNITY}
          submitLabel="Add opportunity"
          savingLabel="Adding…"
          save={(values) => client.call('opportunities.create', values)}
          onSaved={created}
          onCancel={() => setCreating(false)}
        />
      </Dialog>
    </section>
  );
}

interface TableProps {
  items: Opportunity[];
  stage: OpportunityStage | undefined;
  onShowAll(): void;
}

function OpportunityTable({ items, stage, onShowAll }: TableProps) {
  if (items.length === 0) {
    return (
      <div className="list-message opp-none">
        <p>{stage ? `No opportunities at the “${OPPORTUNITY_STAGE_LABELS[stage]}” stage.` : 'No opportunities.'}</p>
        {stage && (
          <button type="button" className="button" onClick={onShowAll}>
            Show all stages
          </button>
        )}
      </div>
    );
  }
  return (
    <table className="opp-table">
      <thead>
        <tr>
          <th scope="col">Company</th>
          <th scope="col">Role</th>
          <th scope="col">Stage</th>
          <th scope="col" className="num">
            Occasions
          </th>
          <th scope="col" className="num">
            Still to thank
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((opportunity) => (
          <tr key={opportunity.id}>
            <th scope="row">
              <Link to={`/opportunities/${opportunity.id}`} className="row-link">
                <bdi>{opportunity.company}</bdi>
              </Link>
            </th>
            <td>{opportunity.role ? <bdi>{opportunity.role}</bdi> : <span className="muted">No role given</span>}</td>
            <td>
              <StageBadge stage={opportunity.stage} />
            </td>
            <td className="num">
              <span className="cell-label">Occasions: </span>
              {opportunity.occasionCount > 0 ? opportunity.occasionCount : <span className="muted">0</span>}
            </td>
            <td className="num">
              <span className="cell-label">Still to thank: </span>
              {opportunity.thanksOutstanding > 0 ? <span className="outstanding-count">{opportunity.thanksOutstanding}</span> : <span className="muted">0</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
