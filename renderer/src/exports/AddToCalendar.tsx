import type { CalendarEventKind } from '../../../shared';
import { Icon } from '../ui/Icon';
import { useSaveExport } from './use-save-export';

const TITLE = 'An .ics event with an alarm, for your calendar app';

/**
 * "Add to calendar" for a thank-you's due time or its follow-up: saves an .ics event with an alarm
 * (exports.thankYouICalendar), or says in a toast why there is none. Offer it only where
 * `calendarRefusal` finds nothing to refuse, so it rarely has to.
 *
 * `look`: a link beside a time it belongs to (the lightest), a compact button, or an icon only (in
 * a row of actions). `about` finishes the accessible name where several are on one screen ("Add
 * to calendar: follow-up with Priya Raman"); the visible words stay its start.
 */
export function AddToCalendar({ thankYouId, what, look, about }: { thankYouId: number; what: CalendarEventKind; look: 'link' | 'button' | 'icon'; about?: string }) {
  const exporting = useSaveExport();
  const name = about ? `Add to calendar: ${about}` : undefined;
  const save = () => void exporting.save('exports.thankYouICalendar', { id: thankYouId, what }, () => 'the calendar event');
  if (look === 'link') {
    return (
      <button type="button" className="link-button inline-action" disabled={exporting.saving} aria-label={name} title={TITLE} onClick={save}>
        Add to calendar
      </button>
    );
  }
  return (
    <button
      type="button"
      className="button compact calendar-button"
      disabled={exporting.saving}
      aria-label={look === 'icon' ? (name ?? 'Add to calendar') : name}
      title={look === 'icon' ? 'Add to calendar (.ics)' : TITLE}
      onClick={save}
    >
      <Icon name="calendar" />
      {look === 'button' && 'Add to calendar'}
    </button>
  );
}

/** "Add upcoming to calendar (.ics)": every thank-you due from now on and every follow-up from today, in one file. */
export function AddUpcomingToCalendar() {
  const exporting = useSaveExport();
  return (
    <button
      type="button"
      className="button compact calendar-button upcoming-calendar"
      disabled={exporting.saving}
      aria-label="Add upcoming to calendar (.ics)"
      title="Every thank-you due from now on and every follow-up from today, as one .ics file with alarms"
      onClick={() => void exporting.save('exports.upcomingICalendar', {}, (count) => `${count} calendar ${count === 1 ? 'event' : 'events'}`)}
    >
      <Icon name="calendar" />
      <span className="upcoming-calendar-label">Add upcoming to calendar (.ics)</span>
    </button>
  );
}
