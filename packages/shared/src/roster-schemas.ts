import { z } from 'zod';
import {
  always,
  dateField,
  idNumberField,
  licenceNoField,
  optional,
  requiredText,
} from './formats.ts';
import {
  GENDERS,
  ORGANISATION_ROLES,
  PRACTICE_CATEGORIES,
  PRACTICE_CATEGORY_LABELS,
  type OrganisationKind,
  type PracticeCategory,
} from './labels.ts';
import { PROFILE_STATES } from './profile-workflow.ts';

// A firm's (or office's) lawyer roster (律师列表), SPEC §2.9 and the member manual 2.2.1.

export const rosterLawyerInputSchema = z
  .object({
    name: requiredText('姓名', 30),
    gender: z.enum(GENDERS, { error: '请选择性别' }),
    idNo: idNumberField,
    licenceNo: optional(licenceNoField),
    practiceCategory: z.enum(PRACTICE_CATEGORIES, { error: '请选择执业类别' }),
    organisationRole: z.enum(ORGANISATION_ROLES, { error: '请选择所内身份' }),
  })
  .superRefine((lawyer, ctx) => {
    // Trainees (实习人员) have no licence yet; everyone else must have one.
    if (lawyer.practiceCategory && lawyer.practiceCategory !== 'TRAINEE' && !lawyer.licenceNo) {
      ctx.addIssue({
        code: 'custom',
        path: ['licenceNo'],
        message: '请填写执业证号（实习人员可不填）',
      });
    }
  }, always);
export type RosterLawyerInput = z.infer<typeof rosterLawyerInputSchema>;

/** 公司律师 and 公职律师 practise in their company's or agency's office, never in a law firm. */
const NOT_IN_LAW_FIRM: readonly PracticeCategory[] = ['COMPANY', 'PUBLIC'];

/** Why a lawyer of this category cannot be on this kind of organisation's roster, or null. */
export function rosterCategoryProblem(
  organisationKind: OrganisationKind,
  category: PracticeCategory,
): string | null {
  if (organisationKind === 'LAW_FIRM' && NOT_IN_LAW_FIRM.includes(category)) {
    return `律师事务所不能添加${PRACTICE_CATEGORY_LABELS[category]}`;
  }
  return null;
}

/** One 负责人/主任 per organisation: a second one is refused on the field. */
export const SECOND_HEAD_MESSAGE = '本机构已有负责人/主任，请选择其他所内身份';

export const recordDepartureSchema = z.object({
  leftAt: dateField('离所日期', { past: true }),
});
export type RecordDepartureInput = z.infer<typeof recordDepartureSchema>;

export const rosterEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  licenceNo: z.string().nullable(),
  memberNo: z.string(),
  practiceCategory: z.enum(PRACTICE_CATEGORIES),
  organisationRole: z.enum(ORGANISATION_ROLES),
  status: z.enum(['PRACTISING', 'LEFT']),
  leftAt: z.string().nullable(),
  profileState: z.enum(PROFILE_STATES),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** A 转所 as a roster shows it: a departure (OUT, to `organisationName`) or an arrival (IN, from it). */
export const rosterTransferSchema = z.object({
  id: z.string(),
  direction: z.enum(['IN', 'OUT']),
  lawyerName: z.string(),
  licenceNo: z.string().nullable(),
  organisationName: z.string(),
  effectiveOn: z.string(),
});
export type RosterTransfer = z.infer<typeof rosterTransferSchema>;
export const TRANSFER_DIRECTION_LABELS: Record<RosterTransfer['direction'], string> = {
  IN: '转入',
  OUT: '转出',
};

export const rosterSchema = z.object({
  organisationName: z.string(),
  lawyers: z.array(rosterEntrySchema),
  /** The latest moves into and out of the organisation (转所), newest first. */
  transfers: z.array(rosterTransferSchema),
});
export type Roster = z.infer<typeof rosterSchema>;

/** The new lawyer's sign-in: licence number (or member number) and the initial-password rule. */
export const addedLawyerSchema = z.object({
  lawyer: rosterEntrySchema,
  login: z.string(),
  initialPasswordRule: z.string(),
});
export type AddedLawyer = z.infer<typeof addedLawyerSchema>;

/** What a 409 for a duplicate carries, so the page can offer the prefilled ticket. */
export const DUPLICATE_LAWYER_TICKET = {
  category: '信息有误',
  title: '添加律师：身份证号或执业证号已存在',
} as const;

/** The association's support contacts (常见问题 → 联系我们), public. */
export const helpContactsSchema = z.object({
  associationName: z.string(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
});
export type HelpContacts = z.infer<typeof helpContactsSchema>;
