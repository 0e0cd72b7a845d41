import { z } from 'zod';
import { CARD_STATES } from './card-workflow.ts';
import { CERTIFICATE_STATES } from './certificate-workflow.ts';
import {
  always,
  dateField,
  idNumberField,
  licenceNoField,
  mobileField,
  optional,
  optionalText,
  requiredText,
  text,
} from './formats.ts';
import { GENDERS, ORGANISATION_KINDS, ORGANISATION_ROLES, PRACTICE_CATEGORIES } from './labels.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';
import { PROFILE_STATES } from './profile-workflow.ts';
import { TICKET_STATES } from './ticket-workflow.ts';

// 会员与机构管理 (issue 15): staff search members, correct what members cannot change themselves,
// move a lawyer to another organisation (转所), run their account, and keep the organisations.

/** What a staff action on a member must say: why (the audit log keeps it). */
export const reasonField = requiredText('原因', 200);

export const ACCOUNT_STATES = ['ACTIVE', 'LOCKED', 'MUST_CHANGE', 'DISABLED', 'NONE'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];
export const ACCOUNT_STATE_LABELS: Record<AccountState, string> = {
  ACTIVE: '正常',
  LOCKED: '已锁定',
  MUST_CHANGE: '待修改初始密码',
  DISABLED: '已停用',
  NONE: '无账号',
};
export const ACCOUNT_STATE_COLORS: Record<AccountState, string> = {
  ACTIVE: 'success',
  LOCKED: 'warning',
  MUST_CHANGE: 'processing',
  DISABLED: 'error',
  NONE: 'default',
};

/** One state an account shows, the most pressing first: 停用 over 锁定 over 待改密. */
export function accountStateOf(
  account: {
    disabled: boolean;
    lockedUntil: Date | string | null;
    mustChangePassword: boolean;
  } | null,
  now = new Date(),
): AccountState {
  if (!account) return 'NONE';
  if (account.disabled) return 'DISABLED';
  if (account.lockedUntil && new Date(account.lockedUntil) > now) return 'LOCKED';
  if (account.mustChangePassword) return 'MUST_CHANGE';
  return 'ACTIVE';
}

const uuidField = (label: string) => z.uuid({ error: `请选择${label}` });
const optionalUuid = (label: string) =>
  z
    .union([z.literal('').transform(() => undefined), z.uuid({ error: `${label}格式不正确` })])
    .optional();

// --- Members ---------------------------------------------------------------------------------

export const memberSearchQuerySchema = pageQuerySchema.extend({
  /** 姓名 (contains), 执业证号 (prefix), 会员编号 or 身份证号 (exact). */
  q: optional(text().trim().max(50, { error: '查询内容不能超过 50 个字' })),
  organisationId: optionalUuid('执业机构'),
  practiceCategory: z
    .union([z.literal('').transform(() => undefined), z.enum(PRACTICE_CATEGORIES)])
    .optional(),
  accountState: z
    .union([z.literal('').transform(() => undefined), z.enum(ACCOUNT_STATES)])
    .optional(),
});
export type MemberSearchQuery = z.infer<typeof memberSearchQuerySchema>;

export const memberListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  licenceNo: z.string().nullable(),
  memberNo: z.string(),
  practiceCategory: z.enum(PRACTICE_CATEGORIES),
  organisationId: z.string(),
  organisationName: z.string(),
  organisationRole: z.enum(ORGANISATION_ROLES),
  status: z.enum(['PRACTISING', 'LEFT']),
  accountState: z.enum(ACCOUNT_STATES),
});
export type MemberListItem = z.infer<typeof memberListItemSchema>;
export const memberPageSchema = pageOf(memberListItemSchema);
export type MemberPage = z.infer<typeof memberPageSchema>;

export const transferRecordSchema = z.object({
  id: z.string(),
  lawyerId: z.string(),
  lawyerName: z.string(),
  licenceNo: z.string().nullable(),
  fromOrganisationId: z.string(),
  fromOrganisationName: z.string(),
  toOrganisationId: z.string(),
  toOrganisationName: z.string(),
  effectiveOn: z.string(),
  reason: z.string(),
  createdAt: z.string(),
});
export type TransferRecord = z.infer<typeof transferRecordSchema>;

export const memberDetailSchema = memberListItemSchema.extend({
  idNo: z.string(),
  authority: z.string(),
  leftAt: z.string().nullable(),
  organisationKind: z.enum(ORGANISATION_KINDS),
  account: z
    .object({
      id: z.string(),
      mobile: z.string().nullable(),
      email: z.string().nullable(),
      disabled: z.boolean(),
      lockedUntil: z.string().nullable(),
      mustChangePassword: z.boolean(),
      failedLoginCount: z.number().int(),
      lastLoginAt: z.string().nullable(),
      version: z.number().int(),
    })
    .nullable(),
  profileState: z.enum(PROFILE_STATES),
  cards: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      state: z.enum(CARD_STATES),
      issuedAt: z.string(),
    }),
  ),
  certificates: z.object({
    total: z.number().int(),
    latest: z.array(
      z.object({
        id: z.string(),
        number: z.number().int(),
        typeName: z.string(),
        state: z.enum(CERTIFICATE_STATES),
        createdAt: z.string(),
      }),
    ),
  }),
  tickets: z.object({
    total: z.number().int(),
    open: z.number().int(),
    latest: z.array(
      z.object({
        id: z.string(),
        /** GD000012 */
        number: z.string(),
        title: z.string(),
        state: z.enum(TICKET_STATES),
        createdAt: z.string(),
      }),
    ),
  }),
  training: z.object({
    year: z.number().int(),
    hours: z.number(),
    requiredHours: z.number().nullable(),
  }),
  transfers: z.array(transferRecordSchema),
});
export type MemberDetail = z.infer<typeof memberDetailSchema>;

/** The fields staff may correct; at least one, each by the same rule as when it was entered. */
export const memberCorrectionFieldsSchema = z.object({
  name: optional(requiredText('姓名', 30)),
  gender: z.union([z.literal('').transform(() => undefined), z.enum(GENDERS)]).optional(),
  idNo: optional(idNumberField),
  licenceNo: optional(licenceNoField),
  practiceCategory: z
    .union([z.literal('').transform(() => undefined), z.enum(PRACTICE_CATEGORIES)])
    .optional(),
});
export type MemberCorrectionFields = z.infer<typeof memberCorrectionFieldsSchema>;

export const CORRECTION_FIELD_LABELS: Record<keyof MemberCorrectionFields, string> = {
  name: '姓名',
  gender: '性别',
  idNo: '身份证号',
  licenceNo: '执业证号',
  practiceCategory: '执业类别',
};

export const NOTHING_TO_CORRECT = '请至少修改一项信息';

export const memberCorrectionInputSchema = z
  .object({
    fields: memberCorrectionFieldsSchema,
    reason: reasonField,
    ticketId: optionalUuid('工单'),
  })
  .superRefine((input, ctx) => {
    const fields = input.fields as Partial<MemberCorrectionFields> | undefined;
    if (fields && Object.values(fields).every((v) => v === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['fields'], message: NOTHING_TO_CORRECT });
    }
  }, always);
export type MemberCorrectionInput = z.infer<typeof memberCorrectionInputSchema>;

/**
 * 转所 takes effect when staff record it: the lawyer is on the new roster at once, so the date may
 * be today or a past day the move already happened (a late record), never a day still to come.
 */
export const transferInputSchema = z.object({
  organisationId: uuidField('转入机构'),
  effectiveOn: dateField('生效日期', { past: true }),
  reason: reasonField,
  ticketId: optionalUuid('工单'),
});
export type TransferInput = z.infer<typeof transferInputSchema>;

export const SAME_ORGANISATION_MESSAGE = '该律师已在此机构执业';
export const CLOSED_ORGANISATION_MESSAGE = '该机构已注销，不能转入';

export const accountActionInputSchema = z.object({ reason: reasonField });
export type AccountActionInput = z.infer<typeof accountActionInputSchema>;

export const ACCOUNT_ACTIONS = ['unlock', 'disable', 'enable', 'reset-password'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];
export const ACCOUNT_ACTION_LABELS: Record<AccountAction, string> = {
  unlock: '解锁',
  disable: '停用',
  enable: '启用',
  'reset-password': '重置密码',
};

/** Which account actions make sense in a state; the API refuses the others with a message. */
export function accountActionAllowed(action: AccountAction, state: AccountState): boolean {
  if (state === 'NONE') return false;
  if (action === 'unlock') return state === 'LOCKED';
  if (action === 'enable') return state === 'DISABLED';
  if (action === 'disable') return state !== 'DISABLED';
  return true;
}

export const accountActionResultSchema = z.object({
  accountState: z.enum(ACCOUNT_STATES),
  /** After a reset: whether an SMS went to the member's mobile. */
  smsQueued: z.boolean().optional(),
});
export type AccountActionResult = z.infer<typeof accountActionResultSchema>;

/** The ticket this member's account opened, for the ticket page's 查看会员. */
export const ticketMemberSchema = z.object({ lawyerId: z.string().nullable() });
export type TicketMember = z.infer<typeof ticketMemberSchema>;

// --- Organisations ---------------------------------------------------------------------------

export const ORGANISATION_STATUSES = ['ACTIVE', 'CLOSED'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];
export const ORGANISATION_STATUS_LABELS: Record<OrganisationStatus, string> = {
  ACTIVE: '正常',
  CLOSED: '已注销',
};

export const organisationSearchQuerySchema = pageQuerySchema.extend({
  q: optional(text().trim().max(50, { error: '查询内容不能超过 50 个字' })),
  kind: z.union([z.literal('').transform(() => undefined), z.enum(ORGANISATION_KINDS)]).optional(),
  status: z
    .union([z.literal('').transform(() => undefined), z.enum(ORGANISATION_STATUSES)])
    .optional(),
});
export type OrganisationSearchQuery = z.infer<typeof organisationSearchQuerySchema>;

export const organisationListItemSchema = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  licenceNo: z.string().nullable(),
  memberNo: z.string(),
  headName: z.string().nullable(),
  status: z.enum(ORGANISATION_STATUSES),
  practising: z.number().int(),
});
export type OrganisationListItem = z.infer<typeof organisationListItemSchema>;
export const organisationPageSchema = pageOf(organisationListItemSchema);
export type OrganisationPage = z.infer<typeof organisationPageSchema>;

export const organisationDetailSchema = organisationListItemSchema.extend({
  address: z.string().nullable(),
  phone: z.string().nullable(),
  left: z.number().int(),
  accountState: z.enum(ACCOUNT_STATES),
  transfers: z.array(transferRecordSchema),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;

const organisationFields = {
  kind: z.enum(ORGANISATION_KINDS, { error: '请选择机构类型' }),
  name: requiredText('机构名称', 60),
  licenceNo: optional(licenceNoField),
  address: optionalText('地址', 200),
  phone: optionalText('联系电话', 30),
  headName: optionalText('负责人', 30),
};

/** A law firm signs in with its 执业许可证号 and its initial password comes from it (SPEC §1). */
const FIRM_NEEDS_LICENCE = '律师事务所须填写执业许可证号';

export const organisationCreateSchema = z
  .object({ ...organisationFields, mobile: optional(mobileField) })
  .superRefine((o, ctx) => {
    if (o.kind === 'LAW_FIRM' && !o.licenceNo) {
      ctx.addIssue({ code: 'custom', path: ['licenceNo'], message: FIRM_NEEDS_LICENCE });
    }
  }, always);
export type OrganisationCreateInput = z.infer<typeof organisationCreateSchema>;

export const organisationUpdateSchema = z
  .object({
    ...organisationFields,
    status: z.enum(ORGANISATION_STATUSES, { error: '请选择机构状态' }),
    reason: reasonField,
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'LAW_FIRM' && !o.licenceNo) {
      ctx.addIssue({ code: 'custom', path: ['licenceNo'], message: FIRM_NEEDS_LICENCE });
    }
  }, always);
export type OrganisationUpdateInput = z.infer<typeof organisationUpdateSchema>;

export const createdOrganisationSchema = z.object({
  organisation: organisationDetailSchema,
  login: z.string(),
  /** Shown once to the staff member who created it; never stored in clear. */
  initialPassword: z.string(),
});
export type CreatedOrganisation = z.infer<typeof createdOrganisationSchema>;
