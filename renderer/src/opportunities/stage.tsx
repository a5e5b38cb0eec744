import { OPPORTUNITY_STAGE_LABELS, OPPORTUNITY_STAGES, type OpportunityStage } from '../../../shared';

/** Stages a search is still moving through; the others are closed. */
export const OPEN_STAGES: readonly OpportunityStage[] = ['applied', 'interviewing', 'offer'];

export function isOpportunityStage(value: unknown): value is OpportunityStage {
  return typeof value === 'string' && (OPPORTUNITY_STAGES as readonly string[]).includes(value);
}

export function StageBadge({ stage }: { stage: OpportunityStage }) {
  return <span className={`stage-badge stage-${stage}`}>{OPPORTUNITY_STAGE_LABELS[stage]}</span>;
}
