import type { FormEvent } from 'react';
import { DEFAULT_REMINDER_SETTINGS, MAX_REMINDER_LEAD_HOURS, morningTime, OCCASION_KIND_LABELS, OCCASION_KINDS, type OccasionKind, type Settings } from '../../../shared';
import { useAppInfo } from '../app/app-info';
import { Field } from '../ui/Field';
import { parseHours } from './hours';
import { HoursInput } from './HoursInput';
import { NotificationAccessLine } from './NotificationAccessLine';
import { ReminderPause } from './ReminderPause';
import { SettingsActions } from './SettingsActions';
import { useSettingsForm } from './use-settings-form';

const LEAD_KEYS = OCCASION_KINDS.map((kind) => `lead-${kind}` as const);
type LeadKey = (typeof LEAD_KEYS)[number];
const FIELDS = ['enabled', ...LEAD_KEYS, 'quietOn', 'quietStart', 'quietEnd', 'morningSummary', 'launchAtLogin'] as const;
type FieldName = (typeof FIELDS)[number];
/** As shown: hours stay text until saved (what was typed stays, even when it is wrong). */
type Values = Record<LeadKey | 'quietStart' | 'quietEnd', string> & Record<'enabled' | 'quietOn' | 'morningSummary' | 'launchAtLogin', boolean>;

const leadKey = (kind: OccasionKind): LeadKey => `lead-${kind}`;

/** Where the backend's message for a path goes (`reminders.leadHours.interview` → that kind's hours). */
function place(path: string): FieldName | undefined {
  const lead = /^reminders\.leadHours\.([a-z-]+)/u.exec(path)?.[1];
  if (lead) return LEAD_KEYS.find((key) => key === `lead-${lead}`);
  if (path.startsWith('reminders.quietHours.start')) return 'quietStart';
  if (path.startsWith('reminders.quietHours')) return 'quietEnd';
  if (path.startsWith('reminders.morningSummary')) return 'morningSummary';
  if (path.startsWith('reminders.enabled')) return 'enabled';
  if (path.startsWith('launchAtLogin')) return 'launchAtLogin';
  return undefined;
}

function savedValues(saved: Settings): Values {
  const { reminders } = saved;
  const quiet = reminders.quietHours ?? DEFAULT_REMINDER_SETTINGS.quietHours!;
  return {
    enabled: reminders.enabled,
    quietOn: reminders.quietHours !== null,
    quietStart: quiet.start,
    quietEnd: quiet.end,
    morningSummary: reminders.morningSummary,
    launchAtLogin: saved.launchAtLogin,
    ...(Object.fromEntries(OCCASION_KINDS.map((kind) => [leadKey(kind), String(reminders.leadHours[kind])])) as Record<LeadKey, string>),
  };
}

interface Props {
  saved: Settings;
  onSaved(settings: Settings): void;
}

/**
 * When Thankful tells you about a thank-you without the app being looked at: how long before it
 * is due, quiet hours, the morning summary, the master switch; and in the desktop app whether it
 * starts with the computer. Reminders come from the database, so a change here moves the next one.
 */
export function RemindersCard({ saved, onSaved }: Props) {
  const { shell } = useAppInfo();
  const { formId, drafts, errors, formError, saving, update, reset, save } = useSettingsForm<Values>({
    fields: FIELDS,
    place,
    savedMessage: 'Reminder settings saved.',
    onSaved,
  });
  const stored = savedValues(saved);
  const value = <K extends FieldName>(field: K): Values[K] => (drafts[field] ?? stored[field]) as Values[K];
  const changed = FIELDS.filter((field) => drafts[field] !== undefined && drafts[field] !== stored[field]);
  const dirty = changed.length > 0;
  const id = (field: FieldName) => `${formId}-${field}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!dirty) return;
    const has = (field: FieldName) => changed.includes(field);
    const leadHours = Object.fromEntries(OCCASION_KINDS.filter((kind) => has(leadKey(kind))).map((kind) => [kind, parseHours(value(leadKey(kind)))]));
    const quietChanged = has('quietOn') || has('quietStart') || has('quietEnd');
    void save({
      reminders: {
        ...(has('enabled') && { enabled: value('enabled') }),
        ...(Object.keys(leadHours).length > 0 && { leadHours }),
        ...(quietChanged && { quietHours: value('quietOn') ? { start: value('quietStart'), end: value('quietEnd') } : null }),
        ...(has('morningSummary') && { morningSummary: value('morningSummary') }),
      },
      ...(has('launchAtLogin') && { launchAtLogin: value('launchAtLogin') }),
    });
  }

  const enabled = value('enabled');
  return (
    <form className="card settings-form reminders-card" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>Reminders</h2>
      <p className="muted card-intro">
        A notification when a thank-you is due soon, when one is overdue, when a follow-up is due, and a summary in the morning. Nothing
        comes during quiet hours: what falls there comes when they end.
      </p>
      <label className="check-row">
        <input id={id('enabled')} type="checkbox" checked={enabled} onChange={(e) => update('enabled', e.target.checked)} />
        <span>Notify me about thank-yous and follow-ups</span>
      </label>
      {shell === 'browser' && <NotificationAccessLine />}
      <ReminderPause pausedUntil={saved.reminders.pausedUntil} enabled={saved.reminders.enabled} morning={morningTime(saved.reminders)} />

      <fieldset className="reminder-leads" disabled={!enabled}>
        <legend>Remind me this long before a thank-you is due</legend>
        {OCCASION_KINDS.map((kind) => (
          <Field key={kind} id={id(leadKey(kind))} label={OCCASION_KIND_LABELS[kind]} error={errors[leadKey(kind)]}>
            {(props) => <HoursInput {...props} max={MAX_REMINDER_LEAD_HOURS} value={value(leadKey(kind))} onChange={(text) => update(leadKey(kind), text)} />}
          </Field>
        ))}
      </fieldset>

      <fieldset className="quiet-hours" disabled={!enabled}>
        <legend>Quiet hours</legend>
        <label className="check-row">
          <input type="checkbox" checked={value('quietOn')} onChange={(e) => update('quietOn', e.target.checked)} />
          <span>No notifications between</span>
        </label>
        <div className="quiet-times">
          <Field id={id('quietStart')} label="From" error={errors.quietStart}>
            {(props) => <input {...props} type="time" value={value('quietStart')} disabled={!value('quietOn')} onChange={(e) => update('quietStart', e.target.value)} />}
          </Field>
          <Field id={id('quietEnd')} label="Until" error={errors.quietEnd}>
            {(props) => <input {...props} type="time" value={value('quietEnd')} disabled={!value('quietOn')} onChange={(e) => update('quietEnd', e.target.value)} />}
          </Field>
        </div>
        <label className="check-row">
          <input id={id('morningSummary')} type="checkbox" checked={value('morningSummary')} onChange={(e) => update('morningSummary', e.target.checked)} />
          <span>A summary of what is owed each morning{value('quietOn') ? ', when quiet hours end' : ' at 8:00'}</span>
        </label>
      </fieldset>

      {shell === 'electron' && (
        <label className="check-row">
          <input id={id('launchAtLogin')} type="checkbox" checked={value('launchAtLogin')} onChange={(e) => update('launchAtLogin', e.target.checked)} />
          <span>
            Start Thankful when I log in <span className="muted">(it waits in the tray or menu bar, so reminders still come)</span>
          </span>
        </label>
      )}
      <SettingsActions error={formError} dirty={dirty} saving={saving} saveLabel="Save reminders" onDiscard={() => reset()} />
    </form>
  );
}
