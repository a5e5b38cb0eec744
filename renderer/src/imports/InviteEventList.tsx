import type { InviteEvent } from '../../../shared';
import { isolate } from '../lib/isolate';
import { inviteWhen } from './invite-when';

interface Props {
  events: InviteEvent[];
  onPick(index: number): void;
}

/** A file with several events: the user picks the one to import. */
export function InviteEventList({ events, onPick }: Props) {
  return (
    <div className="invite-events">
      <p>This file holds {events.length} events. Which one do you want to import?</p>
      <ul className="invite-event-list">
        {events.map((event, index) => (
          <li key={`${event.uid}-${index}`}>
            <button type="button" className="invite-event" data-autofocus={index === 0 || undefined} onClick={() => onPick(index)}>
              <span className="invite-event-title">{event.summary === '' ? 'Untitled event' : isolate(event.summary)}</span>
              <span className="invite-event-when">{inviteWhen(event)}</span>
              <span className="invite-event-facts">
                {event.people.length === 1 ? '1 person' : `${event.people.length} people`}
                {event.cancelled && <span className="tag warning">Cancelled</span>}
                {event.existing && <span className="tag">Imported before</span>}
                {event.recurring && <span className="tag">Repeats</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
