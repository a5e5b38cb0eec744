import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { OccasionDetail } from '../../../shared';
import { useClient } from '../api/client-context';
import { useStartImport } from '../app/import-file';
import { localDate, localTime } from '../lib/local-time';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/toast';
import { defaultStart, emptyValues, withPreset, type OccasionFormValues, type OccasionPreset } from './occasion-form-model';
import { OccasionForm } from './OccasionForm';
import { isolate } from '../thank-yous/ThankYouDialogs';
import { soon } from '../lib/time-text';

interface Props {
  open: boolean;
  /** Chosen for the user when the dialog opens: people (by id), an opportunity, a kind. */
  preset?: OccasionPreset | undefined;
  onClose(): void;
}

/**
 * "Log an occasion", reachable from everywhere (sidebar button, Ctrl/⌘+L, empty states, a person's
 * or an opportunity's page, which preset it). Closing it without saving keeps what was typed for
 * the next time it opens; a preset is then added to it.
 */
export function LogOccasionDialog({ open, preset, onClose }: Props) {
  const client = useClient();
  const toast = useToast();
  const navigate = useNavigate();
  const startImport = useStartImport();
  const [values, setValues] = useState<OccasionFormValues | null>(null);
  const [wasOpen, setWasOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  /** True when the dialog opened on a form left unsaved earlier. */
  const [resumed, setResumed] = useState(false);
  /** The preset of this opening, again after "Start over". */
  const [openedWith, setOpenedWith] = useState<OccasionPreset | null>(null);
  /** A preset whose people are being read; the form shows once they are in. */
  const [applying, setApplying] = useState<OccasionPreset | null>(null);

  // On opening: a fresh form, or the unsaved one from before (whose "now" moves on to now).
  if (open !== wasOpen) {
    setWasOpen(open);
    setOpenedWith(open ? (preset ?? null) : null);
    setApplying(open ? (preset ?? null) : null);
    if (open) {
      const now = new Date();
      const start = defaultStart(now);
      setResumed(values !== null && hasContent(values));
      setValues((v) => (v === null ? emptyValues(now) : v.whenEdited ? v : { ...v, date: localDate(start), time: localTime(start) }));
    }
  }

  useEffect(() => {
    if (!applying) return;
    let current = true;
    void Promise.all((applying.personIds ?? []).map((id) => client.call('people.get', { id }))).then((results) => {
      if (!current) return;
      // Someone deleted meanwhile is left out; the rest of the preset still applies.
      const people = results.flatMap((result) => (result.ok ? [result.value] : []));
      setValues((v) => withPreset(v ?? emptyValues(), applying, people));
      setApplying(null);
    });
    return () => {
      current = false;
    };
  }, [client, applying]);

  return (
    <Dialog open={open} title="Log an occasion" onClose={onClose} size="large">
      {values && !applying && (
        <OccasionForm
          key={generation}
          mode="create"
          values={values}
          onChange={(update) => setValues((v) => (v ? update(v) : v))}
          submitLabel="Log occasion"
          onCancel={onClose}
          notice={
            <>
              <p className="import-hint">
                Have the calendar invite?{' '}
                <button type="button" className="link-button" onClick={() => startImport('invite')}>
                  Import it instead
                </button>{' '}
                <span className="muted">(or drop the .ics file on this window)</span>
              </p>
              {resumed && (
                <p className="resume-notice">
                  <span>Still here from before — nothing was saved yet.</span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setValues(emptyValues());
                      setResumed(false);
                      setApplying(openedWith);
                      setGeneration((g) => g + 1);
                    }}
                  >
                    Start over
                  </button>
                </p>
              )}
            </>
          }
          onSubmit={async (built) => {
            const result = await client.call('occasions.create', built.draft);
            if (!result.ok) return result.error;
            setValues(null);
            setGeneration((g) => g + 1);
            onClose();
            const detail = result.value;
            toast({ message: loggedMessage(detail), action: { label: 'Open', run: () => navigate(`/occasions/${detail.id}`) } });
            return null;
          }}
        />
      )}
    </Dialog>
  );
}

function hasContent(v: OccasionFormValues): boolean {
  return (
    v.participants.length > 0 ||
    v.peopleQuery.trim() !== '' ||
    v.title.trim() !== '' ||
    v.location.trim() !== '' ||
    v.notes.trim() !== '' ||
    v.discussionPoints.some((p) => p.trim() !== '') ||
    v.promisedFollowUps.length > 0 ||
    v.endTime.trim() !== '' ||
    v.opportunityId !== null
  );
}

/** "Logged Panel interview with … — 4 thank-yous due by Tue 14:00". */
export function loggedMessage(detail: OccasionDetail): string {
  const open = detail.participants.map((p) => p.thankYou).filter((t) => t !== null && t.status !== 'sent' && t.status !== 'skipped');
  if (open.length === 0) return `Logged “${isolate(detail.title)}”.`;
  const latest = open.reduce((a, b) => (Date.parse(b!.dueAt) > Date.parse(a!.dueAt) ? b : a))!;
  const count = open.length === 1 ? '1 thank-you' : `${open.length} thank-yous`;
  return `Logged “${isolate(detail.title)}” — ${count} due by ${soon(latest.dueAt)}`;
}
