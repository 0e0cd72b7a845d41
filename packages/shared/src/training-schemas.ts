import { z } from 'zod';
import { dateField, optional, requiredText, text } from './formats.ts';
import { PRACTICE_CATEGORIES, PRACTICE_CATEGORY_LABELS } from './labels.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';
import { TRAINING_KINDS, TRAINING_KIND_LABELS } from './training-kinds.ts';
import {
  TRAINING_HOURS_MAX,
  TRAINING_YEAR_MAX,
  TRAINING_YEAR_MIN,
  isHalfHourStep,
} from './training-rules.ts';

// Training records (培训记录), SPEC §2.5 and the manual §4.2: the ledger, the yearly summary, the
// annual requirement, manual entries and reversals, imports and the compliance report.

export const TRAINING_SOURCES = ['EVENT', 'IMPORT', 'MANUAL'] as const;
export type TrainingSource = (typeof TRAINING_SOURCES)[number];
export const TRAINING_SOURCE_LABELS: Record<TrainingSource, string> = {
  EVENT: '活动签到',
  IMPORT: '批量导入',
  MANUAL: '人工录入',
};

const kindLabels = TRAINING_KINDS.map((k) => TRAINING_KIND_LABELS[k]).join('、');

/** 学时: more than 0, at most 24, in half hours. `max` for a requirement (a year's hours). */
export const hoursField = (label = '学时', max = TRAINING_HOURS_MAX) =>
  z
    .number({ error: `请填写${label}` })
    .refine((h) => Number.isFinite(h), { error: `请填写${label}` })
    .refine((h) => h > 0, { error: `${label}应大于 0` })
    .refine((h) => h <= max, { error: `${label}不能超过 ${max}` })
    .refine(isHalfHourStep, { error: `${label}应以 0.5 学时为单位` });

export const yearField = z.coerce
  .number({ error: '请选择年度' })
  .int({ error: '请选择年度' })
  .min(TRAINING_YEAR_MIN, { error: `年度应在 ${TRAINING_YEAR_MIN} 至 ${TRAINING_YEAR_MAX} 之间` })
  .max(TRAINING_YEAR_MAX, { error: `年度应在 ${TRAINING_YEAR_MIN} 至 ${TRAINING_YEAR_MAX} 之间` });

export const trainingKindField = z.enum(TRAINING_KINDS, { error: `类别应为${kindLabels}之一` });

/** One line of the ledger. A reversal is its own line with negative hours and `reversesId`. */
export const trainingEntrySchema = z.object({
  id: z.string(),
  date: z.string(),
  title: z.string(),
  organiser: z.string(),
  kind: z.enum(TRAINING_KINDS),
  hours: z.number(),
  source: z.enum(TRAINING_SOURCES),
  eventId: z.string().nullable(),
  batchId: z.string().nullable(),
  reversesId: z.string().nullable(),
  /** This line has been reversed by a later one. */
  reversed: z.boolean(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type TrainingEntry = z.infer<typeof trainingEntrySchema>;

export const trainingEntryQuerySchema = pageQuerySchema.extend({ year: yearField });
export type TrainingEntryQuery = z.infer<typeof trainingEntryQuerySchema>;
export const trainingEntryPageSchema = pageOf(trainingEntrySchema);
export type TrainingEntryPage = z.infer<typeof trainingEntryPageSchema>;

export const trainingYearQuerySchema = z.object({ year: yearField });
export type TrainingYearQuery = z.infer<typeof trainingYearQuerySchema>;

const minimumsSchema = z.object({
  ONSITE: z.number().optional(),
  OFFLINE: z.number().optional(),
  ONLINE: z.number().optional(),
});
const totalsSchema = z.object({
  ONSITE: z.number(),
  OFFLINE: z.number(),
  ONLINE: z.number(),
  total: z.number(),
});

/** One lawyer's year: totals per kind against the requirement, and the sentence the page shows. */
export const trainingSummarySchema = z.object({
  year: z.number().int(),
  lawyer: z.object({
    id: z.string(),
    name: z.string(),
    licenceNo: z.string().nullable(),
    memberNo: z.string(),
    category: z.enum(PRACTICE_CATEGORIES),
    organisationName: z.string(),
  }),
  requirement: z.object({ totalHours: z.number(), minimums: minimumsSchema }).nullable(),
  totals: totalsSchema,
  remaining: z.number(),
  remainingByKind: minimumsSchema,
  compliant: z.boolean(),
  share: z.number(),
  sentence: z.string(),
});
export type TrainingSummary = z.infer<typeof trainingSummarySchema>;

/** A firm's or office's roster with each lawyer's year (培训记录 for an organisation). */
export const rosterTrainingQuerySchema = pageQuerySchema.extend({ year: yearField });
export type RosterTrainingQuery = z.infer<typeof rosterTrainingQuerySchema>;
export const rosterTrainingPageSchema = pageOf(trainingSummarySchema);
export type RosterTrainingPage = z.infer<typeof rosterTrainingPageSchema>;

// ——— staff: the annual requirement ———

const requirementHours = (label: string) => hoursField(label, 1000);

export const requirementInputSchema = z
  .object({
    category: z.enum(PRACTICE_CATEGORIES, { error: '请选择执业类别' }),
    totalHours: requirementHours('年度学时要求'),
    minimums: z.object({
      ONSITE: requirementHours(`${TRAINING_KIND_LABELS.ONSITE}最低学时`).optional(),
      OFFLINE: requirementHours(`${TRAINING_KIND_LABELS.OFFLINE}最低学时`).optional(),
      ONLINE: requirementHours(`${TRAINING_KIND_LABELS.ONLINE}最低学时`).optional(),
    }),
  })
  .superRefine((value, ctx) => {
    const sum = TRAINING_KINDS.reduce((s, k) => s + (value.minimums?.[k] ?? 0), 0);
    if (typeof value.totalHours === 'number' && sum > value.totalHours)
      ctx.addIssue({
        code: 'custom',
        path: ['minimums'],
        message: '各类最低学时之和不能超过年度学时要求',
      });
  });
export type RequirementInput = z.infer<typeof requirementInputSchema>;

/** A year's requirements, one per practice category at most; a category left out has none. */
export const requirementsInputSchema = z
  .object({ items: z.array(requirementInputSchema).max(PRACTICE_CATEGORIES.length) })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.items?.forEach((item, i) => {
      if (seen.has(item.category))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'category'],
          message: `${PRACTICE_CATEGORY_LABELS[item.category]}重复`,
        });
      seen.add(item.category);
    });
  });
export type RequirementsInput = z.infer<typeof requirementsInputSchema>;

export const requirementSchema = z.object({
  year: z.number().int(),
  category: z.enum(PRACTICE_CATEGORIES),
  totalHours: z.number(),
  minimums: minimumsSchema,
  updatedAt: z.string(),
});
export const requirementListSchema = z.object({
  year: z.number().int(),
  items: z.array(requirementSchema),
});
export type RequirementList = z.infer<typeof requirementListSchema>;

// ——— staff: one lawyer's ledger ———

/** 人工录入: one entry for one lawyer, with the reason (audited). */
export const manualEntryInputSchema = z.object({
  date: dateField('培训日期', { past: true }),
  title: requiredText('课程名称', 100),
  organiser: requiredText('主办方', 100),
  kind: trainingKindField,
  hours: hoursField(),
  reason: requiredText('录入原因', 200),
});
export type ManualEntryInput = z.infer<typeof manualEntryInputSchema>;

/** 冲销: a reversing entry for one line, or for a whole import batch. */
export const reversalInputSchema = z.object({ reason: requiredText('冲销原因', 200) });
export type ReversalInput = z.infer<typeof reversalInputSchema>;

export const lawyerSearchQuerySchema = z.object({
  q: text().trim().min(1, { error: '请输入姓名、执业证号或会员编号' }).max(50),
});
export const lawyerHitSchema = z.object({
  id: z.string(),
  name: z.string(),
  licenceNo: z.string().nullable(),
  memberNo: z.string(),
  organisationName: z.string(),
});
export type LawyerHit = z.infer<typeof lawyerHitSchema>;
export const lawyerHitListSchema = z.object({ items: z.array(lawyerHitSchema) });

// ——— staff: imports ———

/** The columns of a training import, as the header row names them (执业证号 or 会员编号). */
export const TRAINING_IMPORT_COLUMNS = {
  licenceNo: '执业证号',
  memberNo: '会员编号',
  name: '姓名',
  date: '日期',
  title: '课程名称',
  organiser: '主办方',
  kind: '类别',
  hours: '学时',
} as const;

export const importBatchSchema = z.object({
  id: z.string(),
  filename: z.string(),
  entries: z.number().int(),
  hours: z.number(),
  createdAt: z.string(),
  createdByName: z.string(),
  reversedAt: z.string().nullable(),
  reverseReason: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;
export const importBatchPageSchema = pageOf(importBatchSchema);
export type ImportBatchPage = z.infer<typeof importBatchPageSchema>;

// ——— staff: compliance ———

export const COMPLIANCE_FILTERS = ['behind', 'compliant'] as const;
export type ComplianceFilter = (typeof COMPLIANCE_FILTERS)[number];
export const COMPLIANCE_FILTER_LABELS: Record<ComplianceFilter, string> = {
  behind: '未达标',
  compliant: '已达标',
};

export const complianceQuerySchema = pageQuerySchema.extend({
  year: yearField,
  status: optional(z.enum(COMPLIANCE_FILTERS)),
  q: optional(text().trim().max(50)),
  organisationId: optional(z.uuid({ error: '机构编号格式不正确' })),
});
export type ComplianceQuery = z.infer<typeof complianceQuerySchema>;

export const complianceRowSchema = z.object({
  lawyerId: z.string(),
  name: z.string(),
  licenceNo: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  category: z.enum(PRACTICE_CATEGORIES),
  /** null: no requirement set for the category (counted as compliant). */
  required: z.number().nullable(),
  totals: totalsSchema,
  remaining: z.number(),
  compliant: z.boolean(),
});
export type ComplianceRow = z.infer<typeof complianceRowSchema>;

export const complianceCountsSchema = z.object({
  lawyers: z.number().int(),
  compliant: z.number().int(),
  behind: z.number().int(),
  /** compliant / lawyers, 0…1 (1 with no lawyers). */
  share: z.number(),
});
export type ComplianceCounts = z.infer<typeof complianceCountsSchema>;

export const compliancePageSchema = pageOf(complianceRowSchema).extend({
  year: z.number().int(),
  counts: complianceCountsSchema,
});
export type CompliancePage = z.infer<typeof compliancePageSchema>;

export const organisationComplianceQuerySchema = pageQuerySchema.extend({
  year: yearField,
  q: optional(text().trim().max(50)),
});
export const organisationComplianceSchema = complianceCountsSchema.extend({
  organisationId: z.string(),
  name: z.string(),
  hours: z.number(),
});
export type OrganisationCompliance = z.infer<typeof organisationComplianceSchema>;
export const organisationCompliancePageSchema = pageOf(organisationComplianceSchema);
export type OrganisationCompliancePage = z.infer<typeof organisationCompliancePageSchema>;
