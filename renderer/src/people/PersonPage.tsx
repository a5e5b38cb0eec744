import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Person, PersonDetail } from '../../../shared';
import { useQuery } from '../api/use-query';
import { useLogOccasion } from '../app/log-occasion';
import { RouteIdPage } from '../app/route-id';
import { shortDate } from '../lib/time-text';
import { BackLink } from '../ui/BackLink';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { Icon } from '../ui/Icon';
import { QueryState, screenFrame } from '../ui/QueryState';
import { useToast } from '../ui/toast';
import { DeletePersonDialog } from './DeletePersonDialog';
import { MoreActionsMenu } from '../ui/MoreActionsMenu';
import { PersonDetails } from './PersonDetails';
import { PersonTimeline } from './PersonTimeline';
import { useArchive } from './use-archive';
import { useSaveExport } from '../exports/use-save-export';
import './people.css';


export function PersonPage() {
  return (
    <RouteIdPage param="personId" notFound={<PersonNotFound />}>
      {(id) => <PersonView id={id} />}
    </RouteIdPage>
  );
}

const back = <BackLink to="/people" label="People" />;

function PersonView({ id }: { id: number }) {
  const { state, reload } = useQuery('people.get', { id });
  // The answer of the last save, shown until the refetch it triggers arrives (no flash of old values).
  const [saved, setSaved] = useState<Person | null>(null);
  const [editing, setEditing] = useState(false);

  return (
    <QueryState state={state} onRetry={reload} look="card" notFound={<PersonNotFound />} frame={screenFrame('screen person-page', back)}>
      {({ data }) => {
        const person: PersonDetail = saved && saved.updatedAt >= data.updatedAt ? { ...data, ...saved } : data;
        return (
          <section className="screen person-page" aria-labelledby="person-name">
            {back}
            <PersonHeader person={person} />
            <div className={editing ? 'person-columns editing' : 'person-columns'}>
              <PersonDetails person={person} editing={editing} onEditingChange={setEditing} onSaved={setSaved} />
              <PersonTimeline person={person} />
            </div>
          </section>
        );
      }}
    </QueryState>
  );
}

function PersonHeader({ person }: { person: PersonDetail }) {
  const navigate = useNavigate();
  const toast = useToast();
  const logOccasion = useLogOccasion();
  const { archive, unarchive } = useArchive();
  const [deleting, setDeleting] = useState(false);
  const role = [person.title, person.company].filter(Boolean);
  const exporting = useSaveExport();

  return (
    <>
      <header className="person-header">
        <span className="pp-avatar" aria-hidden="true">
          {initials(person.fullName)}
        </span>
        <div className="person-heading">
          <h1 id="person-name">
            <bdi>{person.fullName}</bdi>
            {person.archivedAt && <span className="pp-badge pp-archived-badge">Archived</span>}
          </h1>
          {role.length > 0 && (
            <p className="subtitle">
              {person.title && <bdi>{person.title}</bdi>}
              {role.length === 2 && ' · '}
              {person.company && <bdi>{person.company}</bdi>}
            </p>
          )}
        </div>
        <div className="person-actions">
          <button type="button" className="button" onClick={() => logOccasion({ personIds: [person.id] })}>
            <Icon name="plus" />
            <span>
              Log an occasion with <bdi>{person.fullName}</bdi>
            </span>
          </button>
          <button
            type="button"
            className="button"
            disabled={exporting.saving}
            onClick={() => void exporting.save('exports.peopleVCard', { ids: [person.id] }, () => 'their contact card')}
            title="A vCard file for Outlook, Apple Contacts or Google Contacts"
          >
            <Icon name="download" />
            Export .vcf
          </button>
          {person.archivedAt ? (
            <button type="button" className="button" onClick={() => void unarchive(person)}>
              <Icon name="archive" />
              Unarchive
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void archive(person)}>
              <Icon name="archive" />
              Archive
            </button>
          )}
          <MoreActionsMenu items={[{ label: 'Delete person…', icon: 'trash', danger: true, run: () => setDeleting(true) }]} />
        </div>
      </header>
      {person.archivedAt && (
        <p className="pp-archived-note" role="note">
          Archived on {person.archivedAt && shortDate(person.archivedAt)}: hidden from your lists, with their history kept.
        </p>
      )}
      <DeletePersonDialog
        open={deleting}
        person={person}
        onClose={() => setDeleting(false)}
        onArchiveInstead={() => {
          setDeleting(false);
          void archive(person);
        }}
        onDeleted={() => {
          setDeleting(false);
          toast({ message: `Deleted ${person.fullName}` });
          void navigate('/people');
        }}
      />
    </>
  );
}

function PersonNotFound() {
  return (
    <NotFoundScreen back={{ to: '/people', label: 'People' }} title="This person is not here" action={{ to: '/people', label: 'Back to People' }}>
      They may have been deleted, or the link is out of date.
    </NotFoundScreen>
  );
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Up to two initials, by grapheme so that an emoji or an accented letter is never cut in half;
 * punctuation ("&", quotes) is skipped.
 */
function initials(name: string): string {
  const firstLetter = (word: string) => [...segmenter.segment(word)].find(({ segment }) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(segment))?.segment;
  const letters = name.trim().split(/\s+/u).map(firstLetter).filter((letter) => letter !== undefined);
  const picked = letters.length > 1 ? [letters[0], letters[letters.length - 1]] : letters;
  return picked.join('').toLocaleUpperCase();
}
