import { useCallback, useState } from 'react';
import type { CalendarPreview, ImportFile } from '../../../shared';
import { useClient } from '../api/client-context';
import { Dialog } from '../ui/Dialog';
import { CancelledInvite } from './CancelledInvite';
import { FileSource } from './FileSource';
import { InviteEventForm } from './InviteEventForm';
import { InviteEventList } from './InviteEventList';
import { useImportDialog } from './use-import-dialog';
import './imports.css';

interface Props {
  open: boolean;
  /** A file dropped on the window or picked elsewhere, read as soon as the dialog opens. */
  file: File | null;
  /** Says when the dialog shows what it read, so another dropped file does not replace it unasked. */
  onEngaged(engaged: boolean): void;
  onClose(): void;
}

type Stage =
  | { step: 'source'; error: string | null }
  | { step: 'reading' }
  | { step: 'events'; preview: CalendarPreview }
  | { step: 'event'; preview: CalendarPreview; index: number };

/**
 * "Import a calendar invite": the file (dropped, chosen or pasted) is read by the backend, which
 * writes nothing; the user picks an event when there are several, checks the occasion it becomes,
 * and saves it. A file that is not a calendar is refused here, with the line it failed on.
 */
export function ImportInviteDialog({ open, file, onEngaged, onClose }: Props) {
  const client = useClient();
  // Opened with a file, it is read at once; the dialog is mounted afresh for each import.
  const [stage, setStage] = useState<Stage>(file ? { step: 'reading' } : { step: 'source', error: null });
  const read = useCallback(
    async (data: ImportFile) => {
      setStage({ step: 'reading' });
      const result = await client.call('imports.readCalendar', data);
      if (!result.ok) {
        setStage({ step: 'source', error: result.error.fields?.[0]?.message ?? result.error.message });
        return;
      }
      const preview = result.value;
      if (preview.events.length === 0) setStage({ step: 'source', error: `“${data.name}” holds no events.` });
      else if (preview.events.length === 1) setStage({ step: 'event', preview, index: 0 });
      else setStage({ step: 'events', preview });
    },
    [client],
  );

  // Each step says where to start (the list's first event, the safe choice); the occasion form focuses its own first field.
  const body = useImportDialog({
    open,
    file,
    read,
    failed: (error) => setStage({ step: 'source', error }),
    engaged: stage.step === 'events' || stage.step === 'event',
    onEngaged,
    step: stage.step === 'reading' ? null : stage,
  });

  const back = stage.step === 'event' && stage.preview.events.length > 1 ? () => setStage({ step: 'events', preview: stage.preview }) : null;

  return (
    <Dialog open={open} title="Import a calendar invite" onClose={onClose} size="large">
      <div ref={body} className="import-body">
      {(stage.step === 'source' || stage.step === 'reading') && (
        <FileSource
          what="the invite (.ics)"
          accept=".ics,.ical,.ifb,.vcs,text/calendar"
          paste={{ label: 'Or paste the invite’s text', placeholder: 'BEGIN:VCALENDAR…', fileName: 'Pasted invite.ics' }}
          error={stage.step === 'source' ? stage.error : null}
          busy={stage.step === 'reading'}
          onFile={(data) => void read(data)}
        />
      )}
      {stage.step === 'events' && <InviteEventList events={stage.preview.events} onPick={(index) => setStage({ step: 'event', preview: stage.preview, index })} />}
      {stage.step === 'event' &&
        (stage.preview.events[stage.index]!.cancelled ? (
          <CancelledInvite event={stage.preview.events[stage.index]!} onBack={back} onDone={onClose} />
        ) : (
          <InviteEventForm key={stage.index} event={stage.preview.events[stage.index]!} onBack={back} onDone={onClose} />
        ))}
      </div>
    </Dialog>
  );
}
