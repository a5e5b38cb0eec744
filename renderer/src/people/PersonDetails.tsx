import { useEffect, useRef, type ReactNode } from 'react';
import type { Person } from '../../../shared';
import { longDate } from '../lib/time-text';
import { Icon } from '../ui/Icon';
import { PersonEditForm } from './PersonEditForm';
import { TagList } from './TagList';

interface Props {
  person: Person;
  editing: boolean;
  onEditingChange(editing: boolean): void;
  onSaved(person: Person): void;
}

/** The person's details, read or edited in place. Leaving the form puts focus back on Edit. */
export function PersonDetails({ person, editing, onEditingChange, onSaved }: Props) {
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  function leave() {
    returnFocus.current = true;
    onEditingChange(false);
  }

  return (
    <section className={editing ? 'card person-details editing' : 'card person-details'} aria-labelledby="details-title">
      <div className="pp-card-header">
        <h2 id="details-title">{editing ? 'Edit details' : 'Details'}</h2>
        {!editing && (
          <button ref={editButton} type="button" className="button pp-small" onClick={() => onEditingChange(true)}>
            <Icon name="edit" />
            Edit
          </button>
        )}
      </div>
      {editing ? (
        <PersonEditForm
          person={person}
          onCancel={leave}
          onSaved={(saved) => {
            onSaved(saved);
            leave();
          }}
        />
      ) : (
        <DetailsView person={person} />
      )}
    </section>
  );
}

function DetailsView({ person }: { person: Person }) {
  const [primary, ...others] = person.emails;
  return (
    <dl className="pp-details">
      <Fact label="How to address them">
        <bdi>{person.addressAs}</bdi>
        {!person.addressAsOverride && <span className="muted"> (from their name)</span>}
      </Fact>
      <Fact label={person.emails.length > 1 ? 'Emails' : 'Email'}>
        {primary ? (
          <ul className="pp-plain-list">
            <li>
              <a href={`mailto:${primary}`} className="pp-email">
                {primary}
              </a>
              {others.length > 0 && <span className="pp-primary">Primary</span>}
            </li>
            {others.map((email) => (
              <li key={email}>
                <a href={`mailto:${email}`} className="pp-email">
                  {email}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </Fact>
      <Fact label="Phone">{person.phone || null}</Fact>
      <Fact label="Company">{person.company ? <bdi>{person.company}</bdi> : null}</Fact>
      <Fact label="Title">{person.title ? <bdi>{person.title}</bdi> : null}</Fact>
      <Fact label="LinkedIn">
        {person.linkedinUrl ? (
          <a href={person.linkedinUrl} target="_blank" rel="noreferrer noopener" className="pp-external">
            {person.linkedinUrl.replace(/^https?:\/\/(www\.)?/u, '')}
          </a>
        ) : null}
      </Fact>
      {/* Only known from a LinkedIn import; not asked for otherwise, so not shown as "Not recorded". */}
      {person.connectedOn && (
        <Fact label="Connected on LinkedIn">
          <time dateTime={person.connectedOn}>{longDate(`${person.connectedOn}T12:00:00`)}</time>
        </Fact>
      )}
      <Fact label="Tags">{person.tags.length ? <TagList tags={person.tags} /> : null}</Fact>
      <Fact label="Notes" wide>
        {person.notes ? (
          <p className="pp-notes" dir="auto">
            {person.notes}
          </p>
        ) : null}
      </Fact>
    </dl>
  );
}

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'pp-fact wide' : 'pp-fact'}>
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">Not recorded</span>}</dd>
    </div>
  );
}
