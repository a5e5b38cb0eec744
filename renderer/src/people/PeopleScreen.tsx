import { useDeferredValue, useState } from 'react';
import type { Person } from '../../../shared';
import { Icon } from '../ui/Icon';
import { AddPersonForm } from './AddPersonForm';
import { PeopleTable } from './PeopleTable';
import { usePeople } from './use-people';

export function PeopleScreen() {
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const { state, reload } = usePeople(deferredSearch);
  const [announcement, setAnnouncement] = useState('');

  function added(person: Person) {
    setAnnouncement(`Added ${person.fullName}.`);
    reload();
  }

  return (
    <section className="screen" aria-labelledby="people-title">
      <header className="screen-header">
        <div>
          <h1 id="people-title">People</h1>
          <p className="subtitle">Everyone who helped you: interviewers, referrers, recommenders, mentors.</p>
        </div>
      </header>

      <AddPersonForm onAdded={added} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <div className="card list-card">
        <div className="list-toolbar">
          <label className="search">
            <Icon name="search" />
            <span className="visually-hidden">Search people</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Search by name or email" dir="auto" />
          </label>
          {state.status === 'loaded' && (
            <span className="count" aria-live="polite">
              {state.total === 1 ? '1 person' : `${state.total} people`}
            </span>
          )}
        </div>
        <PeopleTable state={state} searching={deferredSearch !== ''} onRetry={reload} />
      </div>
    </section>
  );
}
