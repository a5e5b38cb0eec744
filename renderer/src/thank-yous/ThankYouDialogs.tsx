// The thank-you dialogs and their shared pieces, each in its own module; imported from here by
// the occasion page and the dashboard.
export { isolate } from '../lib/isolate';
export { parsePair, type Pair } from './date-time-pair';
export { DateTimeFields } from './DateTimeFields';
export type { ThankYouRef } from './thank-you-dialog';
export { MarkSentDialog } from './MarkSentDialog';
export { SKIP_REASONS } from './skip-reasons';
export { SkipDialog } from './SkipDialog';
export { snoozeChoices } from './snooze-choices';
export { SnoozeDialog } from './SnoozeDialog';
export { DueDialog } from './DueDialog';
export { FollowUpDialog } from './FollowUpDialog';
export { ReopenDialog } from './ReopenDialog';
