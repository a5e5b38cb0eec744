import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PeopleSort, Person } from '../../../shared';
import { usePagedList } from '../api/use-paged-list';
import { useStartImport } from '../app/import-file';
import { useSaveExport } from '../exports/use-save-export';
import { Icon } from '../ui/Icon';
import { QueryState } from '../ui/QueryState';
import { ShowMore } from '../ui/ShowMore';
import { useToast } from '../ui/toast';
import { AddPersonForm, type AddPersonFormHandle } from './AddPersonForm';
import { PeopleTable } from './PeopleTable';
import { useDebouncedValue } from '../lib/use-debounced-value';
import './people.css';

const PAGE_SIZE = 100;
/** Thank-you and occasion changes alter the counts ("thanked 3 of 4") and the latest occasion. */
const NARROW_SORTS: { value: string; label: string }[] = [
  { value: 'name:asc', label: 'Name, A–Z' },
  { value: 'name:desc', label: 'Name, Z–A' },
  { value: 'company:asc', label: 'Company, A–Z' },
  { value: 'thanked:desc', label: 'Most thanks owed first' },
  { value: 'lastOccasion:desc', label: 'Latest occasion first' },
  { value: 'added:desc', label: 'Newest added first' },
];

export function PeopleScreen() {
  const navigate = useNavigate();
  const toast = useToast();
  const addForm = useRef<AddPersonFormHandle>(null);
  const startImport = useStartImport();
  const exporting = useSaveExport();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ sort: PeopleSort; direction: 'asc' | 'desc' }>({ sort: 'name', direction: 'asc' });
  const [archived, setArchived] = useState<'active' | 'archived'>('active');
  const debouncedSearch = useDebouncedValue(search.trim(), 200);
  const people = usePagedList(
    'people.list',
    { sort: sort.sort, direction: sort.direction, archived, ...(debouncedSearch ? { search: debouncedSearch } : {}) },
    { pageSize: PAGE_SIZE, id: 'id' },
  );
  const { state } = people;

  function added(person: Person) {
    toast({
      message: `Added ${person.fullName}`,
      action: { label: 'Open', run: () => void navigate(`/people/${person.id}`) },
    });
    // A person added while the archive is shown would seem to vanish; show where they went.
    if (archived === 'archived') setArchived('active');
  }

  const searching = debouncedSearch !== '';
  const countText =
    state.status !== 'loaded' || (state.total === 0 && !searching)
      ? ''
      : searching
        ? `${state.total === 1 ? '1 person matches' : `${state.total} people match`}`
        : archived === 'archived'
          ? `${state.total} archived`
          : state.total === 1
            ? '1 person'
            : `${state.total} people`;

  return (
    <section className="screen people-screen" aria-labelledby="people-title">
      <header className="screen-header">
        <div>
          <h1 id="people-title">People</h1>
          <p className="subtitle">Everyone who helped you: interviewers, referrers, recommenders, mentors.</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => startImport('people')}>
            <Icon name="upload" />
            Import people
          </button>
          <button
            type="button"
            className="button"
            disabled={exporting.saving}
            onClick={() => void exporting.save('exports.peopleVCard', {}, (n) => `${n.toLocaleString()} ${n === 1 ? 'person' : 'people'}`)}
            title="Everyone not archived, as one vCard file for Outlook, Apple Contacts or Google Contacts"
          >
            <Icon name="download" />
            Export all (.vcf)
          </button>
        </div>
      </header>

      <AddPersonForm ref={addForm} onAdded={added} />

      <div className="card list-card people-list">
        <div className="people-toolbar">
          <label className="search people-search">
            <Icon name="search" />
            <span className="visually-hidden">Search people</span>
            <input
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && search && (e.preventDefault(), setSearch(''))}
              placeholder="Search name, company, email or tag"
              dir="auto"
              spellCheck={false}
            />
          </label>
          <fieldset className="pp-segmented">
            <legend className="visually-hidden">Show</legend>
            {(['active', 'archived'] as const).map((value) => (
              <label key={value} className={archived === value ? 'pp-segment selected' : 'pp-segment'}>
                <input type="radio" name="people-archived" value={value} checked={archived === value} onChange={() => setArchived(value)} />
                {value === 'active' ? 'Active' : 'Archived'}
              </label>
            ))}
          </fieldset>
          <select
            className="pp-narrow-sort"
            aria-label="Sort by"
            value={`${sort.sort}:${sort.direction}`}
            onChange={(e) => {
              const [value, direction] = e.target.value.split(':') as [PeopleSort, 'asc' | 'desc'];
              setSort({ sort: value, direction });
            }}
          >
            {!NARROW_SORTS.some((option) => option.value === `${sort.sort}:${sort.direction}`) && (
              <option value={`${sort.sort}:${sort.direction}`}>Custom order</option>
            )}
            {NARROW_SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <span className="count" role="status" aria-live="polite">
            {countText}
          </span>
        </div>

        <QueryState state={state} onRetry={people.reload} loadingText="Loading people…">
          {(loaded) =>
            loaded.items.length === 0 ? (
              <EmptyPeople
                searchText={searching ? debouncedSearch : null}
                archived={archived === 'archived'}
                onClearSearch={() => setSearch('')}
                onAdd={() => addForm.current?.focus()}
                onShowActive={() => setArchived('active')}
              />
            ) : (
              <>
                <PeopleTable
                  people={loaded.items}
                  sort={sort.sort}
                  direction={sort.direction}
                  onSortChange={(next, direction) => setSort({ sort: next, direction })}
                  busy={people.refreshing}
                />
                <ShowMore list={people} />
              </>
            )
          }
        </QueryState>
      </div>
    </section>
  );
}

interface EmptyProps {
  searchText: string | null;
  archived: boolean;
  onClearSearch(): void;
  onAdd(): void;
  onShowActive(): void;
}

function EmptyPeople({ searchText, archived, onClearSearch, onAdd, onShowActive }: EmptyProps) {
  if (searchText !== null) {
    return (
      <div className="empty-state">
        <p className="empty-title">
          Nobody {archived ? 'in the archive ' : ''}matches “<bdi>{searchText}</bdi>”
        </p>
        <p>Search looks at names, companies, email addresses and tags.</p>
        <button type="button" className="button" onClick={onClearSearch}>
          Clear search
        </button>
      </div>
    );
  }
  if (archived) {
    return (
      <div className="empty-state">
        <p className="empty-title">No archived people</p>
        <p>Archiving someone hides them from lists and keeps their history. You can archive a person from their page.</p>
        <button type="button" className="button" onClick={onShowActive}>
          Show active people
        </button>
      </div>
    );
  }
  return (
    <div className="empty-state">
      <p className="empty-title">No one here yet</p>
      <p>Add the first person who helped you — an interviewer, the friend who referred you, a mentor.</p>
      <button type="button" className="button primary" onClick={onAdd}>
        <Icon name="plus" />
        Add a person
      </button>
    </div>
  );
}
