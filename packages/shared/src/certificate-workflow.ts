// E-certificate applications (电子证明), SPEC §2.8: the review workflow and the paper copies' states,
// as data. The API's guarded updates and the pages' buttons and tags read this table.
import { defineWorkflow, type ActionOf } from './workflow.ts';

export const CERTIFICATE_STATES = ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];
export const CERTIFICATE_STATE_LABELS: Record<CertificateState, string> = {
  PENDING: '待审核',
  APPROVED: '已通过',
  REJECTED: '已驳回',
  WITHDRAWN: '已撤回',
};

export const CERTIFICATE_WORKFLOW = defineWorkflow({
  states: CERTIFICATE_STATES,
  labels: CERTIFICATE_STATE_LABELS,
  colors: { PENDING: 'processing', APPROVED: 'success', REJECTED: 'error', WITHDRAWN: 'default' },
  transitions: {
    approve: { from: ['PENDING'], to: 'APPROVED', by: 'reviewer', label: '审核通过' },
    reject: { from: ['PENDING'], to: 'REJECTED', by: 'reviewer', label: '驳回' },
    /** A type reviewed automatically is issued on submission. */
    issue: { from: ['PENDING'], to: 'APPROVED', by: 'system', label: '自动审核通过' },
    withdraw: { from: ['PENDING'], to: 'WITHDRAWN', by: 'applicant', label: '撤回申请' },
  },
});
export type CertificateAction = ActionOf<typeof CERTIFICATE_WORKFLOW>;

export const PAPER_PICKUPS = ['SELF', 'MAIL'] as const;
export type PaperPickup = (typeof PAPER_PICKUPS)[number];
export const PAPER_PICKUP_LABELS: Record<PaperPickup, string> = { SELF: '自取', MAIL: '邮寄' };

export const PAPER_STATES = ['WAITING_PICKUP', 'PICKED_UP', 'MAILED'] as const;
export type PaperState = (typeof PAPER_STATES)[number];
/** Which paper states belong to which pickup: 自取 is waited for and collected, 邮寄 is mailed. */
export const PAPER_STATES_BY_PICKUP: Record<PaperPickup, readonly PaperState[]> = {
  SELF: ['WAITING_PICKUP', 'PICKED_UP'],
  MAIL: ['MAILED'],
};
export const PAPER_STATE_LABELS: Record<PaperState, string> = {
  WAITING_PICKUP: '待领取',
  PICKED_UP: '已领取',
  MAILED: '已寄出',
};
