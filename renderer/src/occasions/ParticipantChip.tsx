import { DEFAULT_PARTICIPANT_ROLE, type OccasionKind } from '../../../shared';
import type { FormErrors } from './occasion-form-draft';
import type { ParticipantEntry } from './occasion-form-model';

interface Props {
  participant: ParticipantEntry;
  /** Id of the people picker's text box; each chip's inputs and messages are named after it. */
  inputId: string;
  kind: OccasionKind;
  errors: FormErrors;
  onChange(change: Partial<ParticipantEntry>): void;
  onRemove(): void;
}

/** Someone picked for the occasion: name, the email of someone new, their role, and their messages. */
export function ParticipantChip({ participant: p, inputId, kind, errors, onChange, onRemove }: Props) {
  const rowError = errors[`participant.${p.key}`];
  const emailError = errors[`participant.${p.key}.email`];
  const roleError = errors[`participant.${p.key}.role`];
  const emailId = `${inputId}-${p.key}-email`;
  const roleId = `${inputId}-${p.key}-role`;
  return (
    <li className={rowError || emailError || roleError ? 'participant-chip invalid' : 'participant-chip'} id={`${inputId}-${p.key}`} tabIndex={-1}>
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
