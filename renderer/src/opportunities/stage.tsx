import { OPPORTUNITY_STAGE_LABELS, OPPORTUNITY_STAGES, type OpportunityStage } from '../../../shared';

export function isOpportunityStage(value: unknown): value is OpportunityStage {
  return typeof value === 'string' && (OPPORTUNITY_STAGES as readonly string[]).includes(value);
}

export function StageBadge({ stage }: { stage: OpportunityStage }) {
  return <span className={`stage-badge stage-${stage}`}>{OPPORTUNITY_STAGE_LABELS[stage]}</span>;
}
