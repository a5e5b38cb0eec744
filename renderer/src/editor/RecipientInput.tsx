import { useState } from 'react';
import { emailAddress, type ThankYouDetail } from '../../../shared';
import { useClient } from '../api/client-context';
import { isolate } from '../lib/isolate';
import { Field } from '../ui/Field';
import { useToast } from '../ui/toast';

interface Props {
  id: string;
  person: ThankYouDetail['person'];
  /** A message about the address from a save or a hand-off. */
  error: string | undefined;
  /** The address was stored on the person: the note goes to it. */
  onAddress(address: string): void;
}

/**
 * To, for a person with no email address yet: one can be typed here. A valid one is stored on
 * the person (their other fields as they are) and the note goes to it; an invalid one is
 * explained at the field, and what was typed stays there to correct.
 */
export function RecipientInput({ id, person, error, onAddress }: Props) {
  const client = useClient();
  const toast = useToast();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function store() {
    if (busy || typed.trim() === '') return setProblem(null);
    const parsed = emailAddress.safeParse(typed);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? 'Enter an email address like name@example.com.');
    setBusy(true);
    const current = await client.call('people.get', { id: person.id });
    const stored = current.ok
      ? await client.call('people.update', { id: person.id, revision: current.value.revision, changes: { emails: [...current.value.emails, parsed.data] } })
      : current;
    setBusy(false);
    if (!stored.ok) return setProblem(stored.error.fields?.[0]?.message ?? stored.error.message);
    setProblem(null);
    onAddress(parsed.data);
    toast({ message: `Saved ${isolate(parsed.data)} as ${isolate(person.fullName)}’s email address.` });
  }

  return (
    <Field
      id={id}
      label="To"
      error={problem ?? error}
      hint="No email address yet: one typed here is saved on their page."
    >
      {(field) => (
        <input
          {...field}
          type="text"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          value={typed}
          aria-busy={busy || undefined}
          placeholder="name@example.com"
          onChange={(event) => {
            setTyped(event.target.value);
            if (problem) setProblem(null);
          }}
          onBlur={() => void store()}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            void store();
          }}
        />
      )}
    </Field>
  );
}
