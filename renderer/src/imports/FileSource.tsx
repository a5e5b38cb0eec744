import { useId, useRef, useState, type FormEvent } from 'react';
import type { ImportFile } from '../../../shared';
import { Icon } from '../ui/Icon';
import { pastedFile, readImportFile } from './file-data';

interface Props {
  /** What is being asked for, e.g. "the invite (.ics)". */
  what: string;
  /** The file chooser's filter, e.g. ".ics,text/calendar". */
  accept: string;
  /** Offered when the file's text can be pasted (an invite's source), with the name a pasted file gets. */
  paste?: { label: string; placeholder: string; fileName: string };
  /** A message about the last file, e.g. the backend's "line 12: …"; shown here, where it was given. */
  error: string | null;
  busy: boolean;
  onFile(file: ImportFile): void;
}

/** Where an import's file comes from: dropped on the window, chosen in the file dialog, or pasted. */
export function FileSource({ what, accept, paste, error, busy, onFile }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [readError, setReadError] = useState<string | null>(null);
  const shown = readError ?? error;

  async function choose(file: File | undefined) {
    if (!file) return;
    const read = await readImportFile(file);
    if (read.ok) {
      setReadError(null);
      onFile(read.file);
    } else setReadError(read.message);
  }

  function submitPasted(event: FormEvent) {
    event.preventDefault();
    if (!paste) return;
    if (text.trim() === '') {
      setReadError('Paste the invite’s text first (it starts with BEGIN:VCALENDAR).');
      return;
    }
    setReadError(null);
    onFile(pastedFile(paste.fileName, text));
  }

  return (
    <div className="file-source" aria-busy={busy}>
      <div className="drop-zone">
        <Icon name="upload" />
        <p>
          Drop {what} anywhere on this window, or
          <button type="button" className="button" data-autofocus disabled={busy} onClick={() => input.current?.click()}>
            Choose a file…
          </button>
        </p>
        <input
          ref={input}
          type="file"
          accept={accept}
          hidden
          onChange={(event) => {
            void choose(event.target.files?.[0]);
            // The same file can be chosen again after fixing it.
            event.target.value = '';
          }}
        />
      </div>
      {paste && (
        <form className="paste-source" onSubmit={submitPasted}>
          <label htmlFor={`${id}-paste`}>{paste.label}</label>
          <textarea
            id={`${id}-paste`}
            rows={4}
            value={text}
            spellCheck={false}
            placeholder={paste.placeholder}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button" disabled={busy}>
            Read pasted text
          </button>
        </form>
      )}
      {busy && (
        <p className="muted" role="status">
          Reading…
        </p>
      )}
      {shown && !busy && (
        <p className="form-error" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}
