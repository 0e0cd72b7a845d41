// The kinds of training a lawyer's hours are counted in (manual §4.2, SPEC §2.5): events credit
// their hours in one of these, and the yearly totals are per kind.
export const TRAINING_KINDS = ['ONSITE', 'OFFLINE', 'ONLINE'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  ONSITE: '现场培训',
  OFFLINE: '线下培训',
  ONLINE: '网络课程',
};
