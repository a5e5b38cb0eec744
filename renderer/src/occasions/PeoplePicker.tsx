import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { DEFAULT_PARTICIPANT_ROLE, searchKey, type OccasionKind, type PersonSummary } from '../../../shared';
import { useClient } from '../api/client-context';
import type { FormErrors } from './occasion-form-draft';
import { newKey, notesEntry, splitNameAndEmail, type ParticipantEntry } from './occasion-form-model';
import { initials, ParticipantChip } from './ParticipantChip';

interface Props {
  /** Id of the text box, for the label and for focusing it on an error. */
  inputId: string;
  kind: OccasionKind;
  participants: ParticipantEntry[];
  query: string;
  errors: FormErrors;
  describedBy?: string | undefined;
  onQueryChange(query: string): void;
  onParticipantsChange(participants: ParticipantEntry[]): void;
}

type Option = { type: 'person'; person: PersonSummary } | { type: 'create'; fullName: string; email: string };

const MATCHES = 6;

/**
 * Who helped: a type-ahead over the people already recorded, and a way to add someone new with
 * just a name (and an email, typed after the name). Enter takes the highlighted suggestion —
 * the first match, or "add as new" when nobody matches — so a panel goes in by keyboard alone.
 */
export function PeoplePicker({ inputId, kind, participants, query, errors, describedBy, onQueryChange, onParticipantsChange }: Props) {
  const client = useClient();
  const listboxId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  // Answers per search term, for as long as the dialog is open (it is remounted on each opening).
  const cache = useRef(new Map<string, Promise<PersonSummary[]>>());
  const [results, setResults] = useState<{ term: string; people: PersonSummary[] } | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [searchFailed, setSearchFailed] = useState(false);

  const lookup = useCallback(
    (term: string): Promise<PersonSummary[]> => {
      let pending = cache.current.get(term);
      if (!pending) {
        pending = client.call('people.list', { search: term, limit: MATCHES + 10, offset: 0 }).then((result) => {
          if (result.ok) {
            setSearchFailed(false);
            return result.value.items;
          }
          cache.current.delete(term);
          setSearchFailed(true);
          return [];
        });
        cache.current.set(term, pending);
      }
      return pending;
    },
    [client],
  );

  const parsed = splitNameAndEmail(query);
  const term = (parsed.email || parsed.fullName).trim();

  useEffect(() => {
    if (term === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void lookup(term).then((people) => current && setResults({ term, people }));
    }, 80);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [term, lookup]);

  const chosenIds = new Set(participants.flatMap((p) => (p.type === 'existing' ? [p.personId] : [])));
  const optionsFor = (people: PersonSummary[]): Option[] => {
    const matches = people.filter((person) => !chosenIds.has(person.id) && person.archivedAt === null);
    // Someone whose name or address is exactly what was typed comes first.
    const exact = (person: PersonSummary) =>
      searchKey(person.fullName) === searchKey(parsed.fullName) || (parsed.email !== '' && person.email?.toLowerCase() === parsed.email.toLowerCase());
    matches.sort((a, b) => Number(exact(b)) - Number(exact(a)));
    const options: Option[] = matches.slice(0, MATCHES).map((person) => ({ type: 'person', person }));
    if (parsed.fullName !== '' && !/^\S+@\S+$/u.test(parsed.fullName)) options.push({ type: 'create', ...parsed });
    return options;
  };
  const showing = term !== '' && results !== null && results.term === term;
  const options = term === '' ? [] : optionsFor(showing ? results.people : []);
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  const expanded = open && term !== '' && options.length > 0;

  function add(option: Option) {
    const role = DEFAULT_PARTICIPANT_ROLE[kind];
    const entry: ParticipantEntry =
      option.type === 'person'
        ? {
            key: `person-${option.person.id}`,
            type: 'existing',
            personId: option.person.id,
            fullName: option.person.fullName,
            email: option.person.email,
            company: option.person.company,
            role,
            roleEdited: false,
            ...notesEntry(),
          }
        : { key: newKey('new'), type: 'new', fullName: option.fullName, email: option.email, role, roleEdited: false, ...notesEntry() };
    onParticipantsChange([...participants, entry]);
    onQueryChange('');
    setActive(0);
    // Ready for the next name — unless the user has moved on (Tab to the date) while the search
    // was running: a fast typist's next keys belong where they are now.
    const focused = document.activeElement;
    if (focused === null || focused === document.body || pickerRef.current?.contains(focused)) inputRef.current?.focus();
  }

  async function pickActive() {
    if (term === '') return;
    const typed = query;
    // The answer for what is in the box now, even when Enter comes before the search returned.
    const people = await lookup(term);
    // Typed on meanwhile: that is a new name, for the next Enter.
    if (inputRef.current && inputRef.current.value !== typed) return;
    const available = optionsFor(people);
    const choice = showing ? available[activeIndex] : available[0];
    if (choice) add(choice);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void pickActive();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Escape' && expanded) {
      // Closes the suggestions, not the dialog.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && participants.length > 0) {
      event.preventDefault();
      onParticipantsChange(participants.slice(0, -1));
    }
  }

  function update(index: number, change: Partial<ParticipantEntry>) {
    onParticipantsChange(participants.map((p, i) => (i === index ? ({ ...p, ...change } as ParticipantEntry) : p)));
  }

  function remove(index: number) {
    onParticipantsChange(participants.filter((_, i) => i !== index));
    inputRef.current?.focus();
  }

  const optionId = (index: number) => `${listboxId}-option-${index}`;

  return (
    <div className="people-picker" ref={pickerRef}>
      {participants.length > 0 && (
        <ul className="participant-chips" aria-label="People on this occasion">
          {participants.map((p, index) => (
            <ParticipantChip
              key={p.key}
              participant={p}
              inputId={inputId}
              kind={kind}
              errors={errors}
              onChange={(change) => update(index, change)}
              onRemove={() => remove(index)}
            />
          ))}
        </ul>
      )}
      <div className="people-box">
        <input
          ref={inputRef}
          id={inputId}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
          aria-invalid={Boolean(errors.people)}
          aria-describedby={describedBy}
          value={query}
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          placeholder={participants.length === 0 ? 'Type a name — Enter adds them; “Name email@…” adds someone new' : 'Add another person…'}
          onChange={(e) => {
            onQueryChange(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul id={listboxId} role="listbox" aria-label="Matching people" className="people-options" hidden={!expanded}>
          {expanded &&
            options.map((option, index) => (
              <li
                key={option.type === 'person' ? option.person.id : 'create'}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                className={index === activeIndex ? 'people-option active' : 'people-option'}
                // Keeps focus in the box, so the next name can be typed straight away.
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => add(option)}
              >
                {option.type === 'person' ? (
                  <>
                    <span className="chip-avatar" aria-hidden="true">
                      {initials(option.person.fullName)}
                    </span>
                    <span className="option-text">
                      <bdi>{option.person.fullName}</bdi>
                      <span className="muted">{[option.person.company, option.person.email].filter(Boolean).join(' · ')}</span>
                    </span>
                  </>
                ) : (
                  <>
                    <span className="chip-avatar new" aria-hidden="true">
                      +
                    </span>
                    <span className="option-text">
                      <span>
                        Add <bdi>“{option.fullName}”</bdi> as a new person
                      </span>
                      {option.email && <span className="muted">{option.email}</span>}
                    </span>
                  </>
                )}
                {index === activeIndex && (
                  <kbd className="option-key" aria-hidden="true">
                    Enter
                  </kbd>
                )}
              </li>
            ))}
        </ul>
        {searchFailed && <p className="field-hint">Could not search your people just now; new names can still be added.</p>}
      </div>
    </div>
  );
}
