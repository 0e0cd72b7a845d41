import { z } from 'zod';
import { formatDate } from './dates.ts';
import { idNumberField, licenceNoField, optional, requiredText } from './formats.ts';
import { GENDERS, ORGANISATION_ROLES, PRACTICE_CATEGORIES } from './labels.ts';
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
  .superRefine(
    (lawyer, ctx) => {
      // Trainees (实习人员) have no licence yet; everyone else must have one.
      if (lawyer.practiceCategory && lawyer.practiceCategory !== 'TRAINEE' && !lawyer.licenceNo) {
        ctx.addIssue({
          code: 'custom',
          path: ['licenceNo'],
          message: '请填写执业证号（实习人员可不填）',
        });
      }
    },
    { when: () => true },
  );
export type RosterLawyerInput = z.infer<typeof rosterLawyerInputSchema>;

export const recordDepartureSchema = z.object({
  leftAt: z
    .string({ error: '请选择离所日期' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '离所日期格式应为 yyyy-MM-dd' })
    .refine((day) => day <= formatDate(new Date()), { error: '离所日期不能晚于今天' }),
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

export const rosterSchema = z.object({
  organisationName: z.string(),
  lawyers: z.array(rosterEntrySchema),
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
