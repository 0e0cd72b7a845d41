import { z } from 'zod';
import { dateField, optional, requiredText, text } from './formats.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';
import { GENDERS, ORGANISATION_KINDS, ORGANISATION_ROLES, PRACTICE_CATEGORIES } from './labels.ts';
import { LIST_SECTIONS, type ListSection } from './profile-sections.ts';
import type { ContactInfo, PersonalInfo, PracticeInfo } from './profile-basic.ts';
import { PROFILE_STATES } from './profile-workflow.ts';

export const SECTION_STATUSES = ['TODO', 'FILLED', 'NONE'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];
export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  TODO: '待填写',
  FILLED: '已填写',
  NONE: '已填报为无',
};

/** The licence data (执业信息) the lawyer confirms in step 1; it changes only through a ticket. */
export const practiceRecordSchema = z.object({
  name: z.string(),
  gender: z.enum(GENDERS),
  authority: z.string(),
  practiceCategory: z.enum(PRACTICE_CATEGORIES),
  organisationName: z.string(),
  organisationKind: z.enum(ORGANISATION_KINDS),
  organisationRole: z.enum(ORGANISATION_ROLES),
  licenceNo: z.string().nullable(),
  idNo: z.string(),
  memberNo: z.string(),
});
export type PracticeRecord = z.infer<typeof practiceRecordSchema>;

const reviewSchema = z.object({
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  opinion: z.string().nullable(),
});

export const profileOverviewSchema = z.object({
  state: z.enum(PROFILE_STATES),
  version: z.number().int(),
  editMode: z.enum(['completion', 'locked', 'change']),
  sections: z.array(
    z.object({
      key: z.enum(['BASIC', ...LIST_SECTIONS]),
      label: z.string(),
      status: z.enum(SECTION_STATUSES),
      count: z.number().int(),
    }),
  ),
  complete: z.boolean(),
  review: reviewSchema,
  approvedAt: z.string().nullable(),
});
export type ProfileOverview = z.infer<typeof profileOverviewSchema>;

// Steps 3–5 are stored as the lawyer typed them; the page validates a draft before it is saved.
const looseRecord = z.record(z.string(), z.unknown());

export const basicInfoSchema = z.object({
  state: z.enum(PROFILE_STATES),
  editMode: z.enum(['completion', 'locked', 'change']),
  practiceRecord: practiceRecordSchema,
  photo: z.object({ uploadedAt: z.string() }).nullable(),
  personal: looseRecord.nullable(),
  practice: looseRecord.nullable(),
  contact: looseRecord.nullable(),
  education: z.object({ level: z.string().nullable(), degree: z.string().nullable() }),
  /** The step to resume at. */
  step: z.number().int().min(1).max(6),
  confirmedAt: z.string().nullable(),
  version: z.number().int(),
});
export type BasicInfo = Omit<
  z.infer<typeof basicInfoSchema>,
  'personal' | 'practice' | 'contact'
> & {
  personal: Partial<PersonalInfo> | null;
  practice: Partial<PracticeInfo> | null;
  contact: Partial<ContactInfo> | null;
};

export const sectionEntrySchema = z.object({
  id: z.string(),
  data: looseRecord,
  summary: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** False for awards and punishments after approval: add only. */
  editable: z.boolean(),
});
export type SectionEntry = z.infer<typeof sectionEntrySchema>;

export const sectionSchema = z.object({
  key: z.enum(LIST_SECTIONS),
  label: z.string(),
  status: z.enum(SECTION_STATUSES),
  markedNone: z.boolean(),
  editMode: z.enum(['completion', 'locked', 'change']),
  entries: z.array(sectionEntrySchema),
});
export type Section = z.infer<typeof sectionSchema>;

export const markNoneSchema = z.object({ none: z.boolean() });
export const versionSchema = z.object({ version: z.number().int() });
export const rejectProfileSchema = z.object({
  version: z.number().int(),
  opinion: requiredText('审核意见', 500),
});

// The change log (近期变更): one entry per change made after approval.
export const PROFILE_CHANGE_ACTIONS = ['CREATE', 'UPDATE', 'DELETE'] as const;
export const PROFILE_CHANGE_ACTION_LABELS = { CREATE: '新增', UPDATE: '修改', DELETE: '删除' };
export const profileChangeSchema = z.object({
  id: z.string(),
  section: z.enum(['BASIC', ...LIST_SECTIONS]),
  sectionLabel: z.string(),
  action: z.enum(PROFILE_CHANGE_ACTIONS),
  changes: z.array(
    z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() }),
  ),
  actorName: z.string(),
  createdAt: z.string(),
});
export type ProfileChange = z.infer<typeof profileChangeSchema>;
export const profileChangePageSchema = pageOf(profileChangeSchema);

// Admin: the review queue and the whole profile.
export const profileQueueQuerySchema = pageQuerySchema.extend({
  state: z.enum(PROFILE_STATES).optional(),
  organisationId: z.string().uuid().optional(),
  submittedFrom: optional(dateField('提交日期起')),
  submittedTo: optional(dateField('提交日期止')),
  q: text().trim().max(50).optional(),
});
export type ProfileQueueQuery = z.infer<typeof profileQueueQuerySchema>;

export const profileQueueItemSchema = z.object({
  id: z.string(),
  lawyerName: z.string(),
  licenceNo: z.string().nullable(),
  organisationName: z.string(),
  practiceCategory: z.enum(PRACTICE_CATEGORIES),
  state: z.enum(PROFILE_STATES),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: z.number().int(),
});
export const profileQueueSchema = pageOf(profileQueueItemSchema).extend({
  counts: z.record(z.enum(PROFILE_STATES), z.number().int()),
});
export type ProfileQueue = z.infer<typeof profileQueueSchema>;

export const profileReviewRecordSchema = z.object({
  id: z.string(),
  decision: z.enum(['SUBMITTED', 'WITHDRAWN', 'APPROVED', 'REJECTED']),
  opinion: z.string().nullable(),
  actorName: z.string(),
  createdAt: z.string(),
});

export const profileDetailSchema = z.object({
  id: z.string(),
  lawyerId: z.string(),
  basic: basicInfoSchema,
  overview: profileOverviewSchema,
  sections: z.array(
    z.object({
      key: z.enum(LIST_SECTIONS),
      label: z.string(),
      markedNone: z.boolean(),
      entries: z.array(sectionEntrySchema),
    }),
  ),
  history: z.array(profileReviewRecordSchema),
});
export type ProfileDetail = z.infer<typeof profileDetailSchema>;

export type SectionKey = 'BASIC' | ListSection;
