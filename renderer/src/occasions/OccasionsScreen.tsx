import { memo, useDeferredValue, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { INTERVIEW_FORMAT_LABELS, OCCASION_KIND_LABELS, OCCASION_KINDS, type OccasionKind, type OccasionSummary } from '../../../shared';
import { usePagedList } from '../api/use-paged-list';
import { useStartImport } from '../app/import-file';
import { useLogOccasion } from '../app/log-occasion';
import { Icon } from '../ui/Icon';
import { Options } from '../ui/Options';
import { QueryState } from '../ui/QueryState';
import { ShowMore } from '../ui/ShowMore';
import { ThanksProgress } from '../ui/ThanksProgress';
import { KIND_SHORT_LABELS, KindIcon, kindLabel } from '../ui/KindIcon';
import { shortDate, timeRange } from '../lib/time-text';
import './occasions.css';

const PAGE_SIZE = 50;
const KINDS = [
  ['Interviews', 'phone screens, video calls, on-site visits and panels — each interviewer gets their own note'],
  ['Referrals and introductions', 'the person who connected you to the job'],
  ['Recommendations and references', 'whoever wrote or spoke for you'],
  ['Calls on your behalf', 'someone who picked up the phone for you'],
  ['Informational interviews and mentoring', 'people who gave you their time and advice'],
] as const;

/** Every occasion, newest first, with who was there and how many of them were thanked. */
export function OccasionsScreen() {
  const logOccasion = useLogOccasion();
  const startImport = useStartImport();
  const [kind, setKind] = useState<OccasionKind | ''>('');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const filtered = kind !== '' || deferredSearch !== '';
  const occasions = usePagedList('occasions.list', { ...(kind ? { kind } : {}), ...(deferredSearch ? { search: deferredSearch } : {}) }, { pageSize: PAGE_SIZE, id: 'id' });
  const { state } = occasions;

  const total = state.status === 'loaded' ? state.total : undefined;
  const nothingYet = state.status === 'loaded' && total === 0 && !filtered;

  return (
    <section className="screen occasions-screen" aria-labelledby="occasions-title">
      <header className="screen-header">
        <div>
          <h1 id="occasions-title">Occasions</h1>
          <p className="subtitle">The moments that call for thanks, and who was there.</p>
        </div>
        {!nothingYet && (
          <div className="header-actions">
            <button type="button" className="button" onClick={() => startImport('invite')}>
              <Icon name="upload" />
              Import invite
            </button>
            <button type="button" className="button primary" onClick={() => logOccasion()}>
              <Icon name="plus" />
              Log an occasion
            </button>
          </div>
        )}
      </header>

      {nothingYet ? (
        <div className="card empty-state hero">
          <span className="empty-icon" aria-hidden="true">
            <Icon name="calendar" />
          </span>
          <p className="empty-title">No occasions recorded</p>
          <p>An occasion is anything someone did that deserves a thank-you:</p>
          <ul className="kind-list">
            {KINDS.map(([name, who]) => (
              <li key={name}>
                <strong>{name}</strong> — {who}
              </li>
            ))}
          </ul>
          <div className="empty-actions">
            <button type="button" className="button primary" onClick={() => logOccasion()}>
              <Icon name="plus" />
              Log an occasion
            </button>
            <button type="button" className="button" onClick={() => startImport('invite')}>
              <Icon name="upload" />
              Import a calendar invite
            </button>
          </div>
        </div>
      ) : (
        <div className="card list-card">
          <div className="list-toolbar occasions-toolbar">
            <label className="search">
              <Icon name="search" />
              <span className="visually-hidden">Search occasions</span>
              <input
                type="search"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                placeholder="Search by title or person"
                dir="auto"
              />
            </label>
            <label className="kind-filter">
              <span className="visually-hidden">Kind</span>
              <select value={kind} onChange={(e) => setKind(e.target.value as OccasionKind | '')}>
                <option value="">All kinds</option>
                <Options values={OCCASION_KINDS} labels={OCCASION_KIND_LABELS} />
              </select>
            </label>
            {total !== undefined && (
              <span className="count" aria-live="polite">
                {total === 1 ? '1 occasion' : `${total} occasions`}
              </span>
            )}
          </div>
          <QueryState state={state} onRetry={occasions.reload} loadingText="Loading occasions…">
            {({ items }) => (
              <>
                {items.length === 0 ? (
                  <div className="list-message">
                    <p>No occasions match{deferredSearch ? ` “${deferredSearch}”` : ''}{kind ? ` among ${OCCASION_KIND_LABELS[kind].toLowerCase()}s` : ''}.</p>
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setSearch('');
                        setKind('');
                      }}
                    >
                      Show all occasions
                    </button>
                  </div>
                ) : (
                  <OccasionsTable items={items} />
                )}
                <ShowMore list={occasions} />
              </>
            )}
          </QueryState>
        </div>
      )}
    </section>
  );
}

function OccasionsTable({ items }: { items: OccasionSummary[] }) {
  return (
    <table className="occasions-table">
      <thead>
        <tr>
          <th scope="col" className="col-kind">
            Kind
          </th>
          <th scope="col" className="col-title">
            Occasion
          </th>
          <th scope="col" className="col-date">
            Date
          </th>
          <th scope="col" className="col-people">
            People
          </th>
          <th scope="col" className="col-progress">
            Thanked
          </th>
          <th scope="col" className="col-opportunity">
            Opportunity
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((o) => (
          <OccasionRow key={o.id} occasion={o} />
        ))}
      </tbody>
    </table>
  );
}

/** One row; rows already shown are not drawn again when "Show more" appends the next page. */
const OccasionRow = memo(function OccasionRow({ occasion: o }: { occasion: OccasionSummary }) {
  const navigate = useNavigate();
  return (
    <tr
      className="clickable-row"
      // The title is the link (keyboard, screen readers); a click anywhere on the row works too.
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('a, button') || window.getSelection()?.toString()) return;
        navigate(`/occasions/${o.id}`);
      }}
    >
      <td className="col-kind">
        <span className={`kind-chip kind-${o.kind}`} title={kindLabel(o.kind, o.interviewFormat)}>
          <KindIcon kind={o.kind} />
          <span className="kind-chip-label">
            <span className="visually-hidden">{kindLabel(o.kind, o.interviewFormat)}</span>
            <span aria-hidden="true">{KIND_SHORT_LABELS[o.kind]}</span>
            {o.kind === 'interview' && o.interviewFormat && (
              <span className="kind-format" aria-hidden="true">
                {INTERVIEW_FORMAT_LABELS[o.interviewFormat]}
              </span>
            )}
          </span>
        </span>
      </td>
      <th scope="row" className="col-title">
        <Link to={`/occasions/${o.id}`}>
          <bdi>{o.title}</bdi>
        </Link>
      </th>
      <td className="col-date">
        <time dateTime={o.startsAt}>{shortDate(o.startsAt)}</time>
        <span className="muted text-small">{timeRange(o.startsAt, o.endsAt)}</span>
      </td>
      <td className="col-people">
        <PeopleNames names={o.people} />
      </td>
      <td className="col-progress">
        <ThanksProgress variant="bar" sent={o.thanksSent} total={o.thanksTotal} />
      </td>
      <td className="col-opportunity">{o.opportunityLabel ? <bdi>{o.opportunityLabel}</bdi> : <span className="muted">—</span>}</td>
    </tr>
  );
});

function PeopleNames({ names }: { names: string[] }) {
  if (names.length === 0) return <span className="muted">—</span>;
  const shown = names.slice(0, 3);
  return (
    <span className="people-names" title={names.join(', ')}>
      {shown.map((name, i) => (
        <span key={i}>
          <bdi>{name}</bdi>
          {i < shown.length - 1 ? ', ' : ''}
        </span>
      ))}
      {names.length > shown.length && <span className="muted"> +{names.length - shown.length}</span>}
    </span>
  );
}
