import { useCallback, useState } from 'react';
import type { ImportFile, PeopleImportAction, PeopleImportPreview as Preview } from '../../../shared';
import { useClient } from '../api/client-context';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/toast';
import { FileSource } from './FileSource';
import { PeopleImportPreview } from './PeopleImportPreview';
import { savedSummary, undoneSummary } from './people-preview';
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
  | { step: 'preview'; file: ImportFile; preview: Preview; actions: PeopleImportAction[]; saving: boolean; error: string | null };

/** How long the Undo stays offered: long enough to look at the people list first. */
const UNDO_MS = 30_000;

/**
 * "Import people" from LinkedIn's Connections.csv (or its ZIP) or a .vcf file: the backend reads
 * and matches the file without writing; the user chooses add, merge or skip per row or for all;
 * the import runs in one transaction, and its summary offers Undo.
 */
export function ImportPeopleDialog({ open, file, onEngaged, onClose }: Props) {
  const client = useClient();
  const toast = useToast();
  const [stage, setStage] = useState<Stage>(file ? { step: 'reading' } : { step: 'source', error: null });

  const read = useCallback(
    async (data: ImportFile) => {
      setStage({ step: 'reading' });
      const result = await client.call('imports.readPeople', data);
      if (!result.ok) {
        setStage({ step: 'source', error: result.error.fields?.[0]?.message ?? result.error.message });
        return;
      }
      const preview = result.value;
      if (preview.rows.length === 0) {
        setStage({ step: 'source', error: `No one could be read from “${data.name}”.${preview.skippedRows[0] ? ` ${preview.skippedRows[0].reason}` : ''}` });
        return;
      }
      setStage({ step: 'preview', file: data, preview, actions: preview.rows.map((row) => row.suggested), saving: false, error: null });
    },
    [client],
  );

  // Where to start: the file chooser, then the first filter of the preview (the rows and the import button follow).
  const body = useImportDialog({
    open,
    file,
    read,
    failed: (error) => setStage({ step: 'source', error }),
    engaged: stage.step === 'preview',
    onEngaged,
    step: stage.step === 'reading' ? null : stage.step,
  });

  // Functional, so a change made while a save is under way is not undone by it; stable, so rows that did not change do not redraw.
  const changeActions = useCallback((update: (actions: PeopleImportAction[]) => PeopleImportAction[]) => {
    setStage((s) => (s.step === 'preview' && !s.saving ? { ...s, actions: update(s.actions), error: null } : s));
  }, []);

  async function save() {
    if (stage.step !== 'preview' || stage.saving) return;
    setStage({ ...stage, saving: true, error: null });
    const result = await client.call('imports.savePeople', { ...stage.file, actions: stage.actions });
    if (!result.ok) {
      // Nothing was written (one transaction); the choices stay for another try.
      setStage((s) => (s.step === 'preview' ? { ...s, saving: false, error: result.error.message } : s));
      return;
    }
    const saved = result.value;
    onClose();
    toast({
      message: savedSummary(saved),
      durationMs: UNDO_MS,
      action:
        saved.added + saved.merged > 0
          ? {
              label: 'Undo',
              run: () =>
                void client
                  .call('imports.undoPeople', { batchId: saved.batchId })
                  .then((undone) => toast(undone.ok ? { message: undoneSummary(undone.value) } : { tone: 'error', message: undone.error.message })),
            }
          : undefined,
    });
  }

  return (
    <Dialog open={open} title="Import people" onClose={onClose} size="large">
      <div ref={body} className="import-body">
        {(stage.step === 'source' || stage.step === 'reading') && (
          <>
            <FileSource
              what="LinkedIn’s Connections.csv (or the ZIP it comes in) or a contacts file (.vcf)"
              accept=".csv,.zip,.vcf,.vcard,text/csv,text/vcard,text/x-vcard,application/zip"
              error={stage.step === 'source' ? stage.error : null}
              busy={stage.step === 'reading'}
              onFile={(data) => void read(data)}
            />
            <p className="muted import-where">
              Nothing is saved until you have seen who is new, who you already have, and chosen what to do with each. Where to get these files: LinkedIn →
              Settings &amp; Privacy → Data privacy → Get a copy of your data → Connections; contacts: Export as vCard in Google Contacts, Apple Contacts or
              Outlook.
            </p>
          </>
        )}
        {stage.step === 'preview' && (
          <PeopleImportPreview
            fileName={stage.file.name ?? 'the file'}
            preview={stage.preview}
            actions={stage.actions}
            onActions={changeActions}
            saving={stage.saving}
            error={stage.error}
            onCancel={onClose}
            onImport={() => void save()}
          />
        )}
      </div>
    </Dialog>
  );
}
