// Support tickets (工单), SPEC §2.2: the conversation's rules as data. Staff 指派给我 (待处理 →
// 处理中), reply (→ 已回复) and resolve (已解决, → 已关闭); the member follows up (→ 处理中 once
// someone has it), closes it once someone has taken it up, or cancels it while it is not closed.
import { defineWorkflow, type ActionOf } from './workflow.ts';

export const TICKET_STATES = ['OPEN', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'CANCELLED'] as const;
export type TicketState = (typeof TICKET_STATES)[number];
export const TICKET_STATE_LABELS: Record<TicketState, string> = {
  OPEN: '待处理',
  IN_PROGRESS: '处理中',
  ANSWERED: '已回复',
  CLOSED: '已关闭',
  CANCELLED: '已取消',
};

const NOT_CLOSED = ['OPEN', 'IN_PROGRESS', 'ANSWERED'] as const satisfies readonly TicketState[];

export const TICKET_WORKFLOW = defineWorkflow({
  states: TICKET_STATES,
  labels: TICKET_STATE_LABELS,
  colors: {
    OPEN: 'warning',
    IN_PROGRESS: 'processing',
    ANSWERED: 'success',
    CLOSED: 'default',
    CANCELLED: 'default',
  },
  transitions: {
    // Taking over an answered ticket leaves it 已回复: the member has the next word.
    assign: {
      from: NOT_CLOSED,
      to: 'IN_PROGRESS',
      by: 'staff',
      label: '指派给我',
      stays: ['ANSWERED'],
    },
    reply: { from: NOT_CLOSED, to: 'ANSWERED', by: 'staff', label: '回复' },
    resolve: { from: NOT_CLOSED, to: 'CLOSED', by: 'staff', label: '标记已解决' },
    // A follow-up on a ticket nobody has taken yet leaves it 待处理 for the whole desk to see.
    followUp: { from: NOT_CLOSED, to: 'IN_PROGRESS', by: 'member', label: '追问', stays: ['OPEN'] },
    close: { from: ['IN_PROGRESS', 'ANSWERED'], to: 'CLOSED', by: 'member', label: '关闭工单' },
    cancel: { from: NOT_CLOSED, to: 'CANCELLED', by: 'member', label: '取消工单' },
  },
});
export type TicketAction = ActionOf<typeof TICKET_WORKFLOW>;

/**
 * What 关闭工单 and 取消工单 each mean, said next to the buttons: offered side by side on a replied
 * ticket, they read alike (issue 19).
 */
export const TICKET_MEMBER_ACTION_HINTS = {
  close: '问题已解决时关闭，工单记为“已关闭”，协会的处理到此完成。',
  cancel: '不再需要协会处理（已自行解决或提交有误）时取消，工单记为“已取消”。',
} as const satisfies Record<'close' | 'cancel', string>;
