import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';

interface Props {
  id: string;
  tags: string[];
  draft: string;
  onChange(tags: string[], draft: string): void;
  invalid: boolean;
  describedBy: string | undefined;
}

/** Adds `text` (possibly several, comma-separated) to `tags`, skipping blanks and repeats. */
export function addTags(tags: string[], text: string): string[] {
  const next = [...tags];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag && !next.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) next.push(tag);
  }
  return next;
}

/**
 * Tags as chips: type and press Enter or a comma to add one; Backspace in the empty input takes
 * the last one back for editing. Whatever is still in the input is added on save.
 */
export function TagsInput({ id, tags, draft, onChange, invalid, describedBy }: Props) {
  const input = useRef<HTMLInputElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if ((event.key === 'Enter' || event.key === ',') && draft.trim()) {
      event.preventDefault();
      onChange(addTags(tags, draft), '');
    } else if (event.key === ',') {
      event.preventDefault();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      event.preventDefault();
      onChange(tags.slice(0, -1), tags[tags.length - 1]!);
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const text = event.clipboardData.getData('text');
    if (!text.includes(',')) return;
    event.preventDefault();
    onChange(addTags(tags, draft + text), '');
  }

  return (
    // Clicking the empty part of the box puts the caret in the input, as in a plain text field;
    // keyboard users reach the input directly.
    <div className={invalid ? 'pp-tags-input invalid' : 'pp-tags-input'} onClick={(event) => event.target === event.currentTarget && input.current?.focus()}>
      {tags.length > 0 && (
        <ul className="pp-tags" aria-label="Tags added">
          {tags.map((tag) => (
            <li key={tag} className="pp-tag editable">
              <bdi>{tag}</bdi>
              <button type="button" className="pp-tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag), draft)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        id={id}
        value={draft}
        onChange={(event) => onChange(tags, event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => draft.includes(',') && onChange(addTags(tags, draft), '')}
        placeholder={tags.length ? 'Add a tag' : 'e.g. recruiter, Acme, mentor'}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        autoComplete="off"
        dir="auto"
      />
    </div>
  );
}
