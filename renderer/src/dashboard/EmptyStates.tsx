import { useLogOccasion } from '../app/log-occasion';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { SHORTCUTS } from './keys';

/** A new user: what Thankful does, and the first step. */
export function Welcome() {
  const logOccasion = useLogOccasion();
  return (
    <section className="card empty-state hero welcome" aria-labelledby="welcome-title">
      <span className="hero-mark" aria-hidden="true">
        ✉
      </span>
      <h2 id="welcome-title" className="empty-title">
        Thank everyone who helps you land the job
      </h2>
      <p>
        Thankful keeps a list of everyone who helped you in your job search — each interviewer, whoever referred or recommended you — and
        makes sure each gets a timely, personal thank-you.
      </p>
      <p className="muted">Log your latest interview: an interview thank-you is due within 24 hours of it ending.</p>
      <button type="button" className="button primary" onClick={() => logOccasion({ kind: 'interview' })}>
        <Icon name="plus" />
        Log an interview
      </button>
    </section>
  );
}

/** Nothing owed right now. Snoozed thank-yous come back by themselves. */
export function AllCaughtUp({ snoozed, onShowSnoozed }: { snoozed: number; onShowSnoozed(): void }) {
  const logOccasion = useLogOccasion();
  return (
    <div className="card empty-state caught-up" role="status">
      <span className="caught-up-mark" aria-hidden="true">
        <Icon name="check" />
      </span>
      <p className="empty-title">All caught up</p>
      <p>Nobody is waiting for a thank-you from you. Had another interview or a helpful call? Log it while it is fresh.</p>
      {snoozed > 0 && (
        <p className="muted">
          {snoozed === 1 ? '1 snoozed thank-you comes' : `${snoozed} snoozed thank-yous come`} back when the snooze ends.{' '}
          <button type="button" className="link-button" onClick={onShowSnoozed}>
            Show snoozed
          </button>
        </p>
      )}
      <button type="button" className="button" onClick={() => logOccasion()}>
        <Icon name="plus" />
        Log an occasion
      </button>
    </div>
  );
}

/** The filters hide everything there is (the note above the list says which, and clears them). */
export function NoMatches() {
  return (
    <div className="list-message no-matches" role="status">
      <p>No thank-yous match these filters.</p>
    </div>
  );
}

export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  return (
    <Dialog open title="Keyboard shortcuts" onClose={onClose}>
      <p className="muted text-small">In the list of thank-yous to send; keys are left alone while you type in a box.</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.what} className="shortcut">
            <dt>
              {shortcut.keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && <span className="muted"> or </span>}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.what}</dd>
          </div>
        ))}
      </dl>
      <div className="form-actions">
        <button type="button" className="button primary" data-autofocus="" onClick={onClose}>
          Got it
        </button>
      </div>
    </Dialog>
  );
}
