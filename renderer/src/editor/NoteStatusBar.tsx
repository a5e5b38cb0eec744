import { memo } from 'react';
import { MAX_NOTE_LENGTH } from '../../../shared';

/** Words and characters, and how far over the limit a note is that cannot be saved. */
export const NoteStatusBar = memo(function NoteStatusBar({ body, readOnly }: { body: string; readOnly: boolean }) {
  const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const characters = body.length;
  const over = characters > MAX_NOTE_LENGTH;
  return (
    <p className="note-status-bar">
      <span>{words === 1 ? '1 word' : `${words.toLocaleString()} words`}</span>
      <span className={over ? 'over-limit' : undefined}>
        {over ? `${characters.toLocaleString()} of at most ${MAX_NOTE_LENGTH.toLocaleString()} characters` : `${characters.toLocaleString()} characters`}
      </span>
      {!readOnly && <span className="note-status-hint">Markdown: **bold**, *italic*, [link](https://…), - list</span>}
    </p>
  );
});
