import { z } from 'zod';
import { DOCUMENT_STATES } from './document-workflow.ts';
import { always, dateField, optional, optionalText, requiredText, text } from './formats.ts';
import { PRACTICE_CATEGORIES, PRACTICE_CATEGORY_LABELS, type PracticeCategory } from './labels.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';

// Official documents (我的公文), SPEC §2.6 and the manual §4.3: what the clerk composes, whom it is
// circulated to (传阅), what recipients see and send back, and the lists.

export const SECRECY_LEVELS = [
  'PUBLIC',
  'INTERNAL',
  'SECRET',
  'CONFIDENTIAL',
  'TOP_SECRET',
] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
export const SECRECY_LEVEL_LABELS: Record<SecrecyLevel, string> = {
  PUBLIC: '公开',
  INTERNAL: '内部',
  SECRET: '秘密',
  CONFIDENTIAL: '机密',
  TOP_SECRET: '绝密',
};

/** Attachments of a document: PDF, images, Word and Excel files, checked by their content. */
export const DOCUMENT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_ATTACHMENT_MAX_FILES = 10;
export const DOCUMENT_ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx';

/** 反馈 or a staff reply: at most one JPEG, PNG or PDF, checked by its content. */
export const FEEDBACK_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const FEEDBACK_ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.pdf';

/**
 * 传阅对象: whom a document goes to. Groups are resolved into recipients when it is published
 * (one set-based statement, however many lawyers); a person in two of them receives it once.
 */
export const CIRCULATION_KINDS = [
  'ALL_LAWYERS',
  'PRACTICE_CATEGORY',
  'FIRM_HEADS',
  'ORGANISATION',
  'GROUP',
  'MEMBER',
] as const;
export type CirculationKind = (typeof CIRCULATION_KINDS)[number];
export const CIRCULATION_KIND_LABELS: Record<CirculationKind, string> = {
  ALL_LAWYERS: '全部律师',
  PRACTICE_CATEGORY: '按执业类别',
  FIRM_HEADS: '全部律师事务所负责人/主任',
  ORGANISATION: '机构全体人员',
  GROUP: '传阅组',
  MEMBER: '指定人员',
};

const uuid = (message: string) => z.uuid({ error: message });

export const circulationTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('ALL_LAWYERS') }),
    z.object({
      kind: z.literal('PRACTICE_CATEGORY'),
      category: z.enum(PRACTICE_CATEGORIES, { error: '请选择执业类别' }),
    }),
    z.object({ kind: z.literal('FIRM_HEADS') }),
    z.object({ kind: z.literal('ORGANISATION'), organisationId: uuid('请选择机构') }),
    z.object({ kind: z.literal('GROUP'), groupId: uuid('请选择传阅组') }),
    z.object({ kind: z.literal('MEMBER'), accountId: uuid('请选择人员') }),
  ],
  { error: '传阅对象不正确' },
);
export type CirculationTarget = z.infer<typeof circulationTargetSchema>;

/** The same target twice (the same category, organisation, group or person) is one target. */
export function targetKey(target: CirculationTarget): string {
  switch (target.kind) {
    case 'PRACTICE_CATEGORY':
      return `${target.kind}:${target.category}`;
    case 'ORGANISATION':
      return `${target.kind}:${target.organisationId}`;
    case 'GROUP':
      return `${target.kind}:${target.groupId}`;
    case 'MEMBER':
      return `${target.kind}:${target.accountId}`;
    default:
      return target.kind;
  }
}

/** "全部法律援助律师", as the manual's 传阅情况 writes a category. */
export const categoryTargetLabel = (category: PracticeCategory) =>
  `全部${PRACTICE_CATEGORY_LABELS[category]}`;

export const MAX_CIRCULATION_TARGETS = 200;

/** The compose form (拟稿). Dates are calendar days in Shanghai (yyyy-MM-dd). */
export const documentInputSchema = z
  .object({
    number: requiredText('公文编号', 50),
    issuer: requiredText('来文单位', 100),
    issuedOn: dateField('发文日期'),
    receivedOn: dateField('收文日期'),
    secrecy: z.enum(SECRECY_LEVELS, { error: '请选择保密等级' }),
    title: requiredText('公文标题', 200),
    subjectWords: optionalText('主题词', 200),
    /** Plain text; line breaks make paragraphs. Never HTML. */
    body: requiredText('正文', 20_000),
    /** 阅读期限: unread recipients are reminded the day before. */
    readBy: optional(dateField('阅读期限')),
    circulation: z
      .array(circulationTargetSchema)
      .min(1, { error: '请添加传阅对象' })
      .max(MAX_CIRCULATION_TARGETS, { error: `传阅对象不能超过 ${MAX_CIRCULATION_TARGETS} 项` }),
  })
  .superRefine((doc, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (doc.issuedOn && doc.receivedOn && doc.receivedOn < doc.issuedOn)
      issue('receivedOn', '收文日期不能早于发文日期');
    if (doc.readBy && doc.receivedOn && doc.readBy < doc.receivedOn)
      issue('readBy', '阅读期限不能早于收文日期');
    if (doc.circulation) {
      const keys = doc.circulation.map(targetKey);
      if (new Set(keys).size !== keys.length) issue('circulation', '传阅对象有重复');
    }
  }, always);
export type DocumentInput = z.infer<typeof documentInputSchema>;

/** An edit carries the version the clerk saw: a concurrent edit is refused, not overwritten. */
export const documentUpdateSchema = z.object({
  version: z.number().int().min(0),
  document: documentInputSchema,
});
export type DocumentUpdate = z.infer<typeof documentUpdateSchema>;

export const withdrawDocumentSchema = z.object({ reason: requiredText('撤回原因', 200) });
export type WithdrawDocument = z.infer<typeof withdrawDocumentSchema>;

/** 反馈 (a recipient) or a reply (staff): text, and optionally one attachment (multipart). */
export const feedbackInputSchema = z.object({ body: requiredText('反馈内容', 2000) });
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

export const documentAttachmentSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type DocumentAttachment = z.infer<typeof documentAttachmentSchema>;

export const feedbackSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  /** Written by association staff (shown as 协会回复). */
  fromStaff: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
  attachments: z.array(documentAttachmentSchema),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** One target of the circulation as the panel groups it: "传阅给：全部法律援助律师 (已阅 3 / 共 40)". */
export const circulationGroupSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(CIRCULATION_KINDS),
  /** 全部律师, 全部法律援助律师, the organisation's, group's or person's name. */
  label: z.string(),
  category: z.enum(PRACTICE_CATEGORIES).nullable(),
  organisationId: z.string().nullable(),
  groupId: z.string().nullable(),
  accountId: z.string().nullable(),
  /** Recipients first reached through this target (a person in two targets counts in the first). */
  recipientCount: z.number().int(),
  readCount: z.number().int(),
});
export type CirculationGroupSummary = z.infer<typeof circulationGroupSummarySchema>;

const documentHead = {
  id: z.string(),
  number: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  receivedOn: z.string(),
  secrecy: z.enum(SECRECY_LEVELS),
  title: z.string(),
  state: z.enum(DOCUMENT_STATES),
  publishedAt: z.string().nullable(),
};

const documentBody = {
  subjectWords: z.string().nullable(),
  body: z.string(),
  readBy: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  attachments: z.array(documentAttachmentSchema),
  circulation: z.array(circulationGroupSummarySchema),
  recipientCount: z.number().int(),
  readCount: z.number().int(),
};

// ——— Staff (admin console, document.manage) ———

export const staffDocumentSummarySchema = z.object({
  ...documentHead,
  recipientCount: z.number().int(),
  readCount: z.number().int(),
  feedbackCount: z.number().int(),
  updatedAt: z.string(),
});
export type StaffDocumentSummary = z.infer<typeof staffDocumentSummarySchema>;

export const staffDocumentQuerySchema = pageQuerySchema.extend({
  q: text().trim().max(50).optional(),
  state: z.enum(DOCUMENT_STATES).optional(),
});
export type StaffDocumentQuery = z.infer<typeof staffDocumentQuerySchema>;
export const staffDocumentPageSchema = pageOf(staffDocumentSummarySchema);
export type StaffDocumentPage = z.infer<typeof staffDocumentPageSchema>;

export const staffDocumentSchema = z.object({
  ...documentHead,
  ...documentBody,
  version: z.number().int(),
  feedbackCount: z.number().int(),
  /** The circulation as chosen, for the edit form of a draft. */
  targets: z.array(circulationTargetSchema),
});
export type StaffDocument = z.infer<typeof staffDocumentSchema>;

// ——— Members (我的公文) ———

export const memberDocumentSummarySchema = z.object({
  ...documentHead,
  /** When this member first opened it; null: 未读. */
  readAt: z.string().nullable(),
  following: z.boolean(),
});
export type MemberDocumentSummary = z.infer<typeof memberDocumentSummarySchema>;

export const memberDocumentQuerySchema = pageQuerySchema.extend({
  q: text().trim().max(50).optional(),
  read: z.enum(['read', 'unread']).optional(),
});
export type MemberDocumentQuery = z.infer<typeof memberDocumentQuerySchema>;
export const memberDocumentPageSchema = pageOf(memberDocumentSummarySchema).extend({
  unread: z.number().int(),
});
export type MemberDocumentPage = z.infer<typeof memberDocumentPageSchema>;

export const memberDocumentSchema = z.object({
  ...documentHead,
  ...documentBody,
  readAt: z.string().nullable(),
  following: z.boolean(),
  /** False once withdrawn: 公文已撤回，不再接收反馈. */
  canFeedback: z.boolean(),
});
export type MemberDocument = z.infer<typeof memberDocumentSchema>;

// ——— 传阅情况: who has read it (recipients and staff) ———

export const recipientQuerySchema = pageQuerySchema.extend({
  /** One target of the circulation (its id in `circulation`). */
  target: z.uuid().optional(),
  unread: z.enum(['true', 'false']).optional(),
  q: text().trim().max(50).optional(),
});
export type RecipientQuery = z.infer<typeof recipientQuerySchema>;

export const recipientSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  /** The organisation a lawyer practises at, or the kind of an organisation's account. */
  detail: z.string().nullable(),
  /** The target it was first reached through (its label). */
  via: z.string(),
  readAt: z.string().nullable(),
});
export type Recipient = z.infer<typeof recipientSchema>;
export const recipientPageSchema = pageOf(recipientSchema);
export type RecipientPage = z.infer<typeof recipientPageSchema>;

// ——— 传阅组: staff-defined named groups (各级律师协会秘书长…) ———

export const circulationGroupInputSchema = z.object({
  name: requiredText('传阅组名称', 50),
  description: optionalText('说明', 200),
  accountIds: z
    .array(z.uuid({ error: '人员不正确' }))
    .max(5000, { error: '一个传阅组不能超过 5000 人' }),
});
export type CirculationGroupInput = z.infer<typeof circulationGroupInputSchema>;

export const circulationGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  memberCount: z.number().int(),
});
export type CirculationGroup = z.infer<typeof circulationGroupSchema>;

/** A person the clerk can pick (指定人员, group members): a lawyer or an organisation's account. */
export const circulationPersonSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  /** 执业证号 and organisation of a lawyer; the kind of an organisation. */
  detail: z.string().nullable(),
});
export type CirculationPerson = z.infer<typeof circulationPersonSchema>;

export const circulationGroupDetailSchema = circulationGroupSchema.extend({
  members: z.array(circulationPersonSchema),
});
export type CirculationGroupDetail = z.infer<typeof circulationGroupDetailSchema>;

export const circulationOrganisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
});
export type CirculationOrganisation = z.infer<typeof circulationOrganisationSchema>;

export const circulationSearchSchema = z.object({ q: text().trim().max(50).optional() });

/** 发布 carries the version the clerk saw, as an edit does. */
export const publishDocumentSchema = z.object({ version: z.number().int().min(0) });
export type PublishDocument = z.infer<typeof publishDocumentSchema>;
