import { z } from 'zod';
import {
  CARD_APPLICATION_KINDS,
  CARD_APPLICATION_STATES,
  CARD_APPLICATION_WORKFLOW,
  CARD_STATES,
  REPLACEMENT_REASONS,
  type CardAction,
} from './card-workflow.ts';
import { always, dateField, optional, text } from './formats.ts';
import { GENDERS, PRACTICE_CATEGORIES } from './labels.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';

// The member-card API: what the wizard sends, what the pages and the officers' console receive.

/** 申请编号 as printed and searched: KS000012. */
export function formatCardApplicationNo(number: number): string {
  return `KS${String(number).padStart(6, '0')}`;
}
/** 卡号 of an issued card: HY00000007. */
export function formatCardNo(number: number): string {
  return `HY${String(number).padStart(8, '0')}`;
}
/** The serial in a typed application number ("KS000012", "ks12", "12"), or null. */
export function parseCardApplicationNo(text: string): number | null {
  const match = /^(?:ks)?0*(\d{1,9})$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

export const OFFICER_CARD_ACTIONS = (
  Object.keys(CARD_APPLICATION_WORKFLOW.transitions) as CardAction[]
).filter((action) => CARD_APPLICATION_WORKFLOW.transitions[action].by === 'officer') as Exclude<
  CardAction,
  'cancel'
>[];
export type OfficerCardAction = Exclude<CardAction, 'cancel'>;
/** The forward steps, which officers may also take for many applications at once. */
export const FORWARD_CARD_ACTIONS = [
  'accept',
  'print',
  'produce',
  'finish',
  'verify',
  'collect',
] as const satisfies readonly OfficerCardAction[];
export type ForwardCardAction = (typeof FORWARD_CARD_ACTIONS)[number];

/** Where the ID photo of an application comes from: the profile's, or one uploaded in the wizard. */
export const CARD_PHOTO_SOURCES = ['profile', 'uploaded'] as const;
export type CardPhotoSource = (typeof CARD_PHOTO_SOURCES)[number];

export const cardApplicationInputSchema = z
  .object({
    kind: z.enum(CARD_APPLICATION_KINDS, { error: '请选择申请类型' }),
    reason: z.enum(REPLACEMENT_REASONS, { error: '请选择换卡原因' }).optional(),
    photo: z.enum(CARD_PHOTO_SOURCES, { error: '请选择证件照片' }),
    confirmed: z.literal(true, { error: '请确认以上信息无误' }),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'REPLACEMENT' && !input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '请选择换卡原因' });
    }
    if (input.kind !== 'REPLACEMENT' && input.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '只有换卡申请需要填写换卡原因' });
    }
  }, always);
export type CardApplicationInput = z.infer<typeof cardApplicationInputSchema>;

export const cardTransitionSchema = z
  .object({
    action: z.enum(OFFICER_CARD_ACTIONS as [OfficerCardAction, ...OfficerCardAction[]], {
      error: '未知的办理操作',
    }),
    comment: text().trim().max(200, { error: '说明不能超过 200 个字' }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.action === 'reject' && !input.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: '请填写驳回原因' });
    }
  }, always);
export type CardTransitionInput = z.infer<typeof cardTransitionSchema>;

export const bulkCardTransitionSchema = z.object({
  action: z.enum(FORWARD_CARD_ACTIONS, { error: '批量办理只能向前推进一步' }),
  ids: z
    .array(z.uuid({ error: '申请编号格式不正确' }))
    .min(1, { error: '请至少选择一份申请' })
    .max(100, { error: '一次最多办理 100 份申请' }),
});
export type BulkCardTransitionInput = z.infer<typeof bulkCardTransitionSchema>;

/** The practice and contact data printed on the card and the form, as confirmed when applying. */
export const cardPracticeDataSchema = z.object({
  name: z.string(),
  gender: z.enum(GENDERS),
  idNo: z.string(),
  authority: z.string(),
  practiceCategory: z.enum(PRACTICE_CATEGORIES),
  organisationName: z.string(),
  licenceNo: z.string().nullable(),
  qualificationNo: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  phone: z.string().nullable(),
  mobile: z.string().nullable(),
});
export type CardPracticeData = z.infer<typeof cardPracticeDataSchema>;

export const cardSchema = z.object({
  id: z.string(),
  number: z.string(),
  state: z.enum(CARD_STATES),
  issuedAt: z.string(),
  lostAt: z.string().nullable(),
  voidedAt: z.string().nullable(),
  /** The application that issued it. */
  applicationNumber: z.string().nullable(),
  canReportLost: z.boolean(),
  canReactivate: z.boolean(),
  /** Why 激活 is unavailable for a card reported lost. */
  reactivateRefusal: z.string().nullable(),
});
export type Card = z.infer<typeof cardSchema>;

export const cardApplicationSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(CARD_APPLICATION_KINDS),
  reason: z.enum(REPLACEMENT_REASONS).nullable(),
  state: z.enum(CARD_APPLICATION_STATES),
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canCancel: z.boolean(),
});
export type CardApplicationSummary = z.infer<typeof cardApplicationSummarySchema>;

export const cardApplicationEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  label: z.string(),
  fromState: z.enum(CARD_APPLICATION_STATES).nullable(),
  toState: z.enum(CARD_APPLICATION_STATES),
  comment: z.string().nullable(),
  actorName: z.string(),
  createdAt: z.string(),
});
export type CardApplicationEvent = z.infer<typeof cardApplicationEventSchema>;

export const cardApplicationSchema = cardApplicationSummarySchema.extend({
  version: z.number().int(),
  data: cardPracticeDataSchema,
  /** Bumps when the photo changes; add it to the photo URL as ?v=. */
  photoVersion: z.string(),
  /** The card issued on 已领取. */
  cardNumber: z.string().nullable(),
  /** The lost or damaged card this application replaces; void from 已领取 on. */
  replacesCardNumber: z.string().nullable(),
  history: z.array(cardApplicationEventSchema),
});
export type CardApplication = z.infer<typeof cardApplicationSchema>;

const availabilitySchema = z.object({ available: z.boolean(), reason: z.string().nullable() });

/** Everything the 申请会员卡 and 会员卡管理 pages need in one request. */
export const cardOverviewSchema = z.object({
  practice: cardPracticeDataSchema,
  profilePhoto: z.object({ uploadedAt: z.string() }).nullable(),
  uploadedPhoto: z.object({ uploadedAt: z.string() }).nullable(),
  options: z.object({
    FIRST: availabilitySchema,
    LOST: availabilitySchema,
    REPLACEMENT: availabilitySchema,
  }),
  cards: z.array(cardSchema),
  applications: z.array(cardApplicationSummarySchema),
});
export type CardOverview = z.infer<typeof cardOverviewSchema>;

export const cardQueueQuerySchema = pageQuerySchema.extend({
  state: z.enum(CARD_APPLICATION_STATES).optional(),
  kind: z.enum(CARD_APPLICATION_KINDS).optional(),
  appliedFrom: optional(dateField('申请日期起')),
  appliedTo: optional(dateField('申请日期止')),
  q: text().trim().max(50).optional(),
});
export type CardQueueQuery = z.infer<typeof cardQueueQuerySchema>;

export const cardQueueItemSchema = cardApplicationSummarySchema.extend({
  lawyerName: z.string(),
  licenceNo: z.string().nullable(),
  organisationName: z.string(),
});
export type CardQueueItem = z.infer<typeof cardQueueItemSchema>;
export const cardQueueSchema = pageOf(cardQueueItemSchema).extend({
  counts: z.record(z.enum(CARD_APPLICATION_STATES), z.number().int()),
});
export type CardQueue = z.infer<typeof cardQueueSchema>;

export const cardApplicationDetailSchema = cardApplicationSchema.extend({
  lawyerId: z.string(),
  /** The applicant's cards, so the officer sees what a lost or replacement card replaces. */
  holderCards: z.array(cardSchema.pick({ id: true, number: true, state: true, issuedAt: true })),
});
export type CardApplicationDetail = z.infer<typeof cardApplicationDetailSchema>;

export const bulkCardTransitionResultSchema = z.object({ moved: z.number().int() });
