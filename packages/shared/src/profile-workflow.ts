// The profile review workflow (信息补全审核), SPEC §2.3: 草稿 → 审核中 → 已通过 | 已驳回.
import { defineWorkflow, type ActionOf } from './workflow.ts';

export const PROFILE_STATES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export type ProfileState = (typeof PROFILE_STATES)[number];
export const PROFILE_STATE_LABELS: Record<ProfileState, string> = {
  DRAFT: '未提交',
  SUBMITTED: '审核中',
  APPROVED: '已通过',
  REJECTED: '已驳回',
};

export const PROFILE_WORKFLOW = defineWorkflow({
  states: PROFILE_STATES,
  labels: PROFILE_STATE_LABELS,
  colors: { DRAFT: 'default', SUBMITTED: 'processing', APPROVED: 'success', REJECTED: 'error' },
  transitions: {
    submit: { from: ['DRAFT', 'REJECTED'], to: 'SUBMITTED', by: 'lawyer', label: '正式提交审核' },
    withdraw: { from: ['SUBMITTED'], to: 'DRAFT', by: 'lawyer', label: '撤回信息补全申请' },
    approve: { from: ['SUBMITTED'], to: 'APPROVED', by: 'reviewer', label: '审核通过' },
    reject: { from: ['SUBMITTED'], to: 'REJECTED', by: 'reviewer', label: '驳回' },
  },
});
export type ProfileAction = ActionOf<typeof PROFILE_WORKFLOW>;

/**
 * What the lawyer may do with the data in a state: complete it (draft, rejected), nothing while a
 * reviewer has it, and change a subset of it once approved (信息变更).
 */
export type ProfileEditMode = 'completion' | 'locked' | 'change';
export function profileEditMode(state: ProfileState): ProfileEditMode {
  if (state === 'SUBMITTED') return 'locked';
  if (state === 'APPROVED') return 'change';
  return 'completion';
}
