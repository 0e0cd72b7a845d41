// Official documents (我的公文), SPEC §2.6 and the manual §4.3: a document is drafted, published to
// its circulation (传阅) and may be withdrawn with a reason; recipients then see it as 已撤回 and
// no new feedback is accepted. The API applies an action with a conditional update on the state.
import { defineWorkflow, type ActionOf } from './workflow.ts';

export const DOCUMENT_STATES = ['DRAFT', 'PUBLISHED', 'WITHDRAWN'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
export const DOCUMENT_STATE_LABELS: Record<DocumentState, string> = {
  DRAFT: '草稿',
  PUBLISHED: '已发布',
  WITHDRAWN: '已撤回',
};

export const DOCUMENT_WORKFLOW = defineWorkflow({
  states: DOCUMENT_STATES,
  labels: DOCUMENT_STATE_LABELS,
  colors: { DRAFT: 'default', PUBLISHED: 'processing', WITHDRAWN: 'error' },
  transitions: {
    // Only a draft is edited: what recipients were sent does not change under them.
    edit: { from: ['DRAFT'], to: 'DRAFT', by: 'staff', label: '编辑' },
    publish: { from: ['DRAFT'], to: 'PUBLISHED', by: 'staff', label: '发布' },
    withdraw: { from: ['PUBLISHED'], to: 'WITHDRAWN', by: 'staff', label: '撤回公文' },
  },
});
export type DocumentAction = ActionOf<typeof DOCUMENT_WORKFLOW>;
