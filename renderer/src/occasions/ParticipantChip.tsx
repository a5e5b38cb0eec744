import { useState } from 'react';
import { DEFAULT_PARTICIPANT_ROLE, type OccasionKind } from '../../../shared';
import { participantNotesFields, type FormErrors } from './occasion-form-draft';
import { notesCount, type ParticipantEntry } from './occasion-form-model';
import { ParticipantNotes } from './ParticipantNotes';

interface Props {
  participant: ParticipantEntry;
  /** Id of the people picker's text box; each chip's inputs and messages are named after it. */
  inputId: string;
  kind: OccasionKind;
  errors: FormErrors;
  onChange(change: Partial<ParticipantEntry>): void;
  onRemove(): void;
}

/**
 * Someone picked for the occasion: name, the email of someone new, their role, their messages, and
 * behind "Their points" what they asked or said (open by itself while a message is about it).
 */
export function ParticipantChip({ participant: p, inputId, kind, errors, onChange, onRemove }: Props) {
  const [notesOpen, setNotesOpen] = useState(false);
  const rowError = errors[`participant.${p.key}`];
  const emailError = errors[`participant.${p.key}.email`];
  const roleError = errors[`participant.${p.key}.role`];
  const emailId = `${inputId}-${p.key}-email`;
  const roleId = `${inputId}-${p.key}-role`;
  const notesId = `${inputId}-${p.key}-notes`;
  const notesErrors = participantNotesFields(p).some((field) => errors[field]);
  const showNotes = notesOpen || notesErrors;
  const count = notesCount(p);
  const classes = ['participant-chip', rowError || emailError || roleError || notesErrors ? 'invalid' : '', showNotes ? 'notes-open' : ''];
  return (
    <li className={classes.filter(Boolean).join(' ')} id={`${inputId}-${p.key}`} tabIndex={-1}>
      <span className="chip-avatar" aria-hidden="true">
        {initials(p.fullName)}
      </span>
      <span className="chip-name">
        <bdi>{p.fullName}</bdi>
        {p.type === 'new' ? (
          <span className="chip-new" title="Will be added to your people">
            new
          </span>
        ) : (
          <span className="chip-detail">{[p.company, p.email].filter(Boolean).join(' · ')}</span>
        )}
      </span>
      {p.type === 'new' && (
        <>
          <label className="visually-hidden" htmlFor={emailId}>
            Email of {p.fullName}
          </label>
          <input
            id={emailId}
            className="chip-input chip-email"
            type="email"
            value={p.email}
            placeholder="email (optional)"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={Boolean(emailError)}
            aria-describedby={emailError ? `${emailId}-error` : undefined}
            onChange={(e) => onChange({ email: e.target.value })}
          />
        </>
      )}
      <label className="visually-hidden" htmlFor={roleId}>
        Role of {p.fullName}
      </label>
      <input
        id={roleId}
        className="chip-input chip-role"
        value={p.role}
        placeholder={DEFAULT_PARTICIPANT_ROLE[kind]}
        autoComplete="off"
        dir="auto"
        aria-invalid={Boolean(roleError)}
        aria-describedby={roleError ? `${roleId}-error` : undefined}
        onChange={(e) => onChange({ role: e.target.value, roleEdited: true })}
      />
      <button
        type="button"
        className="link-button chip-notes-toggle"
        aria-expanded={showNotes}
        aria-controls={notesId}
        onClick={() => setNotesOpen(!showNotes)}
      >
        Their points<span className="visually-hidden"> for {p.fullName}</span>
        {count > 0 && ` (${count})`}
      </button>
      <button type="button" className="icon-button chip-remove" aria-label={`Remove ${p.fullName}`} onClick={onRemove}>
        ×
      </button>
      {(rowError || emailError || roleError) && (
        <p className="field-error chip-error">
          {rowError && <span>{rowError} </span>}
          {emailError && <span id={`${emailId}-error`}>{emailError} </span>}
          {roleError && <span id={`${roleId}-error`}>{roleError}</span>}
        </p>
      )}
      {showNotes && <ParticipantNotes participant={p} id={notesId} errors={errors} onChange={onChange} />}
    </li>
  );
}

/** "PR" for "Priya Raman": the avatar's letters (whole characters, so emoji and accents survive). */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/u).filter(Boolean);
  const first = parts[0] ? Array.from(parts[0])[0] : '';
  const last = parts.length > 1 ? Array.from(parts[parts.length - 1]!)[0] : '';
  return `${first ?? ''}${last ?? ''}`.toLocaleUpperCase();
}
