import { useId } from 'react';
import { Link } from 'react-router';
import type { Template, ThankYouDetail } from '../../../shared';
import { Field } from '../ui/Field';
import { RecipientInput } from './RecipientInput';

interface Props {
  person: ThankYouDetail['person'];
  readOnly: boolean;
  subject: string;
  recipient: string | null;
  subjectError: string | undefined;
  recipientError: string | undefined;
  /** The templates of this occasion's kind. */
  templates: Template[];
  /** The template the text came from in this session, if any. */
  templateId: string | null;
  onSubject(value: string): void;
  onSubjectBlur(): void;
  onRecipient(value: string): void;
  onTemplate(template: Template): void;
}

/** To (one of the person's addresses, or a first one typed in), Subject, and which template to start from. */
export function NoteFields(props: Props) {
  const { person, readOnly, subject, recipient, subjectError, recipientError, templates, templateId } = props;
  const id = useId();
  const hasAddress = person.emails.length > 0;
  return (
    <div className={readOnly ? 'note-fields card read-only' : 'note-fields card'}>
      {!hasAddress && !readOnly ? (
        <RecipientInput id={`${id}-to`} person={person} error={recipientError} onAddress={props.onRecipient} />
      ) : (
        <Field id={`${id}-to`} label="To" error={recipientError} hint={hasAddress ? undefined : 'No email address on their page yet: your mail app will ask for one.'}>
          {(field) =>
            hasAddress && !readOnly && person.emails.length > 1 ? (
              <select {...field} value={recipient ?? person.emails[0]} onChange={(e) => props.onRecipient(e.target.value)}>
                {person.emails.map((address, index) => (
                  <option key={address} value={address}>
                    {address}
                    {index === 0 ? ' (primary)' : ''}
                  </option>
                ))}
              </select>
            ) : (
              <input {...field} type="text" readOnly value={hasAddress ? (recipient ?? person.emails[0]) : ''} placeholder="—" />
            )
          }
        </Field>
      )}
      <Field id={`${id}-subject`} label="Subject" error={subjectError}>
        {(field) => (
          <input
            {...field}
            type="text"
            value={subject}
            readOnly={readOnly}
            dir="auto"
            spellCheck
            onChange={(e) => props.onSubject(e.target.value)}
            onBlur={props.onSubjectBlur}
            placeholder="Thank you for…"
          />
        )}
      </Field>
      {!readOnly && templates.length > 0 && (
        <div className="field template-field">
          <label htmlFor={`${id}-template`}>Template</label>
          <select
            id={`${id}-template`}
            value={templateId ?? ''}
            aria-describedby={`${id}-template-hint`}
            onChange={(e) => {
              const chosen = templates.find((template) => template.id === e.target.value);
              if (chosen) props.onTemplate(chosen);
            }}
          >
            {templateId === null && <option value="">Choose a template…</option>}
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
                {template.customized ? ' (edited)' : ''}
              </option>
            ))}
          </select>
          <p id={`${id}-template-hint`} className="field-hint">
            <Link to="/settings#templates">Edit templates</Link>
          </p>
        </div>
      )}
    </div>
  );
}
