import type { DuplicateTarget } from '../../../shared';
import { isolate } from '../lib/isolate';

export interface TargetGroup {
  relation: DuplicateTarget['relation'];
  title: string;
  targets: DuplicateTarget[];
}

/**
 * The thank-yous a sent note can be copied into, in the backend's order (same occasion, e.g. the
 * next interviewer of a panel; the same person another time; everyone else), with a heading each.
 */
export function groupTargets(targets: readonly DuplicateTarget[], source: { personName: string; occasionTitle: string }): TargetGroup[] {
  const titles: Record<DuplicateTarget['relation'], string> = {
    'same-occasion': `Others from ${isolate(source.occasionTitle)}`,
    'same-person': `${isolate(source.personName)}, for another occasion`,
    other: 'Everyone else',
  };
  const groups: TargetGroup[] = [];
  for (const relation of ['same-occasion', 'same-person', 'other'] as const) {
    const inGroup = targets.filter((target) => target.relation === relation);
    if (inGroup.length > 0) groups.push({ relation, title: titles[relation], targets: inGroup });
  }
  return groups;
}
