import { Link } from 'react-router';
import type { OccasionDetail } from '../../../shared';
import { useSaveExport } from '../exports/use-save-export';
import { MoreActionsMenu } from '../ui/MoreActionsMenu';
import { Icon } from '../ui/Icon';
import { KindIcon, kindLabel, PlaceIcon } from '../ui/KindIcon';
import { longDate, timeRange } from '../lib/time-text';

/** The occasion's kind, title and facts, with Add to calendar, Edit, and Delete in "More actions" (rare and destructive, not beside Edit). */
export function OccasionHeader({ occasion, onEdit, onDelete }: { occasion: OccasionDetail; onEdit(): void; onDelete(): void }) {
  const exporting = useSaveExport();
  return (
    <header className="occasion-header card">
      <div className="occasion-heading">
        <span className={`kind-chip kind-${occasion.kind}`}>
          <KindIcon kind={occasion.kind} />
          <span className="kind-chip-label">{kindLabel(occasion.kind, occasion.interviewFormat)}</span>
        </span>
        <h1 id="occasion-title">
          <bdi>{occasion.title}</bdi>
        </h1>
        <dl className="occasion-facts">
          <div>
            <dt>
              <Icon name="calendar" />
              <span className="visually-hidden">When</span>
            </dt>
            <dd>
              <time dateTime={occasion.startsAt}>{longDate(occasion.startsAt)}</time>, <span className="occasion-times">{timeRange(occasion.startsAt, occasion.endsAt)}</span>
            </dd>
          </div>
          {occasion.location && (
            <div>
              <dt>
                <PlaceIcon />
                <span className="visually-hidden">Where</span>
              </dt>
              <dd>
                <bdi>{occasion.location}</bdi>
              </dd>
            </div>
          )}
          {occasion.opportunityId !== null && (
            <div>
              <dt>
                <Icon name="briefcase" />
                <span className="visually-hidden">Opportunity</span>
              </dt>
              <dd>
                <Link className="opportunity-link" to={`/opportunities/${occasion.opportunityId}`}>
                  <bdi>{occasion.opportunityLabel ?? 'Opportunity'}</bdi>
                </Link>
              </dd>
            </div>
          )}
        </dl>
      </div>
      <div className="occasion-header-actions">
        <button
          type="button"
          className="button"
          disabled={exporting.saving}
          onClick={() => void exporting.save('exports.occasionICalendar', { id: occasion.id }, () => 'the event')}
          title="An .ics file your calendar app can open"
        >
          <Icon name="download" />
          Add to calendar
        </button>
        <button type="button" className="button" onClick={onEdit}>
          <Icon name="edit" />
          Edit
        </button>
        <MoreActionsMenu items={[{ label: 'Delete occasion…', icon: 'trash', danger: true, run: onDelete }]} />
      </div>
    </header>
  );
}
