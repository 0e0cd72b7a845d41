import { z } from 'zod';
import { requiredText, text } from './formats.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';
import { TICKET_STATES } from './ticket-workflow.ts';

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

/** A link to a page of this product, never to another site. */
export const ticketLinkSchema = text()
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

/** Attachments: images and PDFs, checked by content on the server. */
export const TICKET_ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

export const ticketMessageInputSchema = z.object({
  body: requiredText('回复内容', 5000),
});
export type TicketMessageInput = z.infer<typeof ticketMessageInputSchema>;

export const ticketAttachmentSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.enum(TICKET_ATTACHMENT_TYPES),
  size: z.number().int(),
});
export type TicketAttachment = z.infer<typeof ticketAttachmentSchema>;

export const ticketMessageSchema = z.object({
  id: z.string(),
  author: z.enum(['MEMBER', 'STAFF']),
  authorName: z.string(),
  body: z.string(),
  attachments: z.array(ticketAttachmentSchema),
  createdAt: z.string(),
});
export type TicketMessage = z.infer<typeof ticketMessageSchema>;

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
  assigneeName: z.string().nullable(),
  messageCount: z.number().int(),
});
export type Ticket = z.infer<typeof ticketSchema>;
export const ticketPageSchema = pageOf(ticketSchema);

/** One ticket with its thread (the first message is the description with its attachments). */
export const ticketDetailSchema = ticketSchema.extend({
  version: z.number().int(),
  requesterName: z.string(),
  messages: z.array(ticketMessageSchema),
  canCancel: z.boolean(),
  canClose: z.boolean(),
  canReply: z.boolean(),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

export const TICKET_AGES = ['1d', '3d', '7d'] as const;
export const TICKET_AGE_LABELS: Record<(typeof TICKET_AGES)[number], string> = {
  '1d': '超过 1 天',
  '3d': '超过 3 天',
  '7d': '超过 7 天',
};
export const ticketQueueQuerySchema = pageQuerySchema.extend({
  state: z.enum(TICKET_STATES).optional(),
  category: z.enum(TICKET_CATEGORIES).optional(),
  olderThan: z.enum(TICKET_AGES).optional(),
  mine: z.enum(['true', 'false']).optional(),
  q: text().trim().max(50).optional(),
});
export type TicketQueueQuery = z.infer<typeof ticketQueueQuerySchema>;
export const ticketQueueItemSchema = ticketSchema.extend({ requesterName: z.string() });
export const ticketQueueSchema = pageOf(ticketQueueItemSchema).extend({
  counts: z.record(z.enum(TICKET_STATES), z.number().int()),
});
export type TicketQueue = z.infer<typeof ticketQueueSchema>;
