import { z } from 'zod';
import { requiredText } from './formats.ts';
import { pageOf } from './pagination.ts';

// Support tickets (工单). Other pages open a new ticket with its category, title and a link to
// the record it is about already filled in.
export const TICKET_CATEGORIES = [
  '信息有误',
  '转所',
  '姓名错误',
  '会员卡',
  '电子证明',
  '活动',
  '其他',
] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_STATES = ['OPEN', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'CANCELLED'] as const;
export type TicketState = (typeof TICKET_STATES)[number];
export const TICKET_STATE_LABELS: Record<TicketState, string> = {
  OPEN: '待处理',
  IN_PROGRESS: '处理中',
  ANSWERED: '已回复',
  CLOSED: '已关闭',
  CANCELLED: '已取消',
};

/** A link to a page of this product, never to another site. */
export const ticketLinkSchema = z
  .string()
  .trim()
  .max(300)
  .regex(/^\/(?!\/)[\w\-./?=&%]*$/, { error: '关联页面地址无效' });

export const ticketInputSchema = z.object({
  category: z.enum(TICKET_CATEGORIES, { error: '请选择工单类别' }),
  title: requiredText('工单标题', 100),
  description: requiredText('问题描述', 5000),
  link: ticketLinkSchema.optional().or(z.literal('').transform(() => undefined)),
});
export type TicketInput = z.infer<typeof ticketInputSchema>;

export const ticketSchema = z.object({
  id: z.string(),
  number: z.string(),
  category: z.enum(TICKET_CATEGORIES),
  title: z.string(),
  description: z.string(),
  link: z.string().nullable(),
  state: z.enum(TICKET_STATES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Ticket = z.infer<typeof ticketSchema>;
export const ticketPageSchema = pageOf(ticketSchema);
