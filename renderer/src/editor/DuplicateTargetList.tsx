import type { DuplicateTarget, ThankYouDetail } from '../../../shared';
import { soon } from '../lib/time-text';
import { Icon } from '../ui/Icon';
import { groupTargets } from './duplicate-targets';
import { STATUS_LABELS } from '../thank-yous/status-labels';

interface Props {
  targets: readonly DuplicateTarget[];
  source: ThankYouDetail;
  busy: boolean;
  onChoose(target: DuplicateTarget): void;
}

/** The thank-yous to copy a note into, grouped; each is one button. */
export function DuplicateTargetList({ targets, source, busy, onChoose }: Props) {
  const groups = groupTargets(targets, { personName: source.person.fullName, occasionTitle: source.occasion.title });
  return (
    <div className="duplicate-groups">
      {groups.map((group) => (
        <section key={group.relation} aria-label={group.title}>
          <h3 className="duplicate-group-title">{group.title}</h3>
          <ul className="duplicate-targets">
            {group.targets.map((target) => (
              <li key={target.thankYouId}>
                <button type="button" className="duplicate-target" disabled={busy} onClick={() => onChoose(target)}>
                  <span className="duplicate-target-name">
                    <bdi>{target.fullName}</bdi>
                  </span>
                  <span className="duplicate-target-occasion">
                    <bdi>{target.occasionTitle}</bdi>
                  </span>
                  <span className="duplicate-target-meta">
                    <span className={`status-badge status-${target.status}`}>{STATUS_LABELS[target.status]}</span>
                    <span>due {soon(target.dueAt)}</span>
                    {target.hasDraft && (
                      <span className="duplicate-target-warning">
                        <Icon name="alert" />
                        Has a draft, which this would replace
                      </span>
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
