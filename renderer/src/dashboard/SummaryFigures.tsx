import type { ReactNode } from 'react';
import type { DashboardSummary } from '../../../shared';
import { span } from '../lib/time-text';
import { Icon, type IconName } from '../ui/Icon';

/** "82 %": a share as a whole percentage (with the space most style guides ask for). */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** "19 h", "35 min", "3 days". */
export function hoursText(hours: number): string {
  return span(hours * 3_600_000);
}

interface Props {
  summary: DashboardSummary;
  /** Shows the snoozed thank-yous in the list (the "3 snoozed" link). */
  onShowSnoozed?: (() => void) | undefined;
}

/** The figures at the top of the dashboard: what is owed, by when, and how well it has gone lately. */
export function SummaryFigures({ summary, onShowSnoozed }: Props) {
  const share = summary.onTimeShareLast90Days;
  const median = summary.medianHoursToSendLast90Days;
  return (
    <div className="dash-figures">
      <ul className="figure-tiles" aria-label="What is owed">
        <Figure icon="alert" value={summary.overdue} label="overdue" tone={summary.overdue > 0 ? 'danger' : undefined} />
        <Figure icon="clock" value={summary.dueNext24Hours} label="due in the next 24 h" tone={summary.dueNext24Hours > 0 ? 'warn' : undefined} />
        <Figure icon="calendar" value={summary.later} label="later">
          {summary.snoozed > 0 &&
            (onShowSnoozed ? (
              <button type="button" className="link-button figure-note" onClick={onShowSnoozed}>
                + {summary.snoozed} snoozed
              </button>
            ) : (
              <span className="figure-note muted">+ {summary.snoozed} snoozed</span>
            ))}
        </Figure>
        <Figure icon="people" value={summary.followUpsDue} label={summary.followUpsDue === 1 ? 'follow-up due' : 'follow-ups due'} tone={summary.followUpsDue > 0 ? 'info' : undefined} />
      </ul>
      <section className="card doing-card" aria-labelledby="doing-title">
        <h2 id="doing-title">How you’re doing</h2>
        <dl className="doing-facts">
          <div>
            <dt>Sent on time</dt>
            <dd data-testid="on-time">
              {share === null ? (
                <>
                  <span className="doing-value">—</span>
                  <span className="doing-hint muted">Nothing sent in the last 90 days yet.</span>
                </>
              ) : (
                <>
                  <span className="doing-value">{percent(share)}</span>
                  <span className="doing-hint muted">
                    of {summary.sentLast90Days} in the last 90 days
                  </span>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>Median time to send</dt>
            <dd data-testid="median-time">
              {median === null ? (
                <>
                  <span className="doing-value">—</span>
                  <span className="doing-hint muted">From the end of the occasion, once you have sent some.</span>
                </>
              ) : (
                <>
                  <span className="doing-value">{hoursText(median)}</span>
                  <span className="doing-hint muted">from the end of the occasion; aim for under 24 h</span>
                </>
              )}
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
}

/** One figure; a zero is toned down (muted, lighter) so the ones that need doing stand out. */
function Figure({ icon, value, label, tone, children }: { icon: IconName; value: number; label: string; tone?: 'danger' | 'warn' | 'info' | undefined; children?: ReactNode }) {
  return (
    <li className={`card figure${tone ? ` tone-${tone}` : ''}${value === 0 ? ' zero' : ''}`}>
      <span className="figure-top">
        <Icon name={icon} />
        <span className="figure-value">{value.toLocaleString()}</span>
      </span>
      <span className="figure-label">{label}</span>
      {children}
    </li>
  );
}
