import { z } from 'zod';
import { EVENT_STATES, LEAVE_STATES, REGISTRATION_STATES } from './event-workflow.ts';
import {
  always,
  emailField,
  mobileField,
  optional,
  optionalText,
  requiredText,
  text,
} from './formats.ts';
import {
  GENDERS,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  PRACTICE_CATEGORIES,
  PRACTICE_CATEGORY_LABELS,
  type OrganisationKind,
  type PracticeCategory,
} from './labels.ts';
import { pageOf, pageQuerySchema } from './pagination.ts';
import { TRAINING_KINDS } from './training-kinds.ts';

// Events (活动报名), SPEC §2.4: what staff publish, what members see and send, and the lists.

export const EVENT_LIMITS = { capacity: 100_000, perAccount: 100, offerHours: 72, hours: 100 };

/** Attachments of a registration or a leave request: images and PDFs, checked by content. */
export const EVENT_ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

export const LEAVE_REASONS = ['工作冲突', '身体原因', '家庭原因', '出差在外', '其他'] as const;

/** A moment sent as ISO 8601 with its offset (the pages send toISOString()). */
export const instantField = (label: string) =>
  text({ error: `请选择${label}` })
    .trim()
    .min(1, { error: `请选择${label}` })
    .refine(
      (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(v),
      {
        error: `${label}格式不正确`,
      },
    )
    .refine((v) => Number.isFinite(Date.parse(v)), { error: `${label}不是有效时间` })
    .refine((v) => v >= '2000' && v < '2100', { error: `${label}应在 2000 年至 2099 年之间` });

const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `请填写${label}` })
    .int({ error: `${label}应为整数` })
    .min(min, { error: `${label}不能小于 ${min}` })
    .max(max, { error: `${label}不能大于 ${max}` });

/** The event form. A published event's capacity may grow but not drop under the places taken. */
export const eventInputSchema = z
  .object({
    title: requiredText('活动名称', 100),
    organiser: requiredText('主办方', 100),
    guests: optionalText('邀请嘉宾', 500),
    location: requiredText('活动地点', 200),
    startsAt: instantField('活动开始时间'),
    endsAt: instantField('活动结束时间'),
    registrationOpensAt: instantField('报名开始时间'),
    registrationClosesAt: instantField('报名截止时间'),
    capacity: int('报名人数限制', 1, EVENT_LIMITS.capacity),
    perAccountLimit: int('每人限报', 1, EVENT_LIMITS.perAccount),
    scopePractice: z.array(z.enum(PRACTICE_CATEGORIES)).max(PRACTICE_CATEGORIES.length),
    scopeOrganisations: z.array(z.enum(ORGANISATION_KINDS)).max(ORGANISATION_KINDS.length),
    notice: optionalText('报名须知', 2000),
    summary: optionalText('活动简介', 5000),
    precautions: optionalText('注意事项', 2000),
    attachmentsRequired: z.boolean(),
    waitlist: z.boolean(),
    offerHours: int('候补名额保留时长', 1, EVENT_LIMITS.offerHours),
    trainingHours: z
      .number({ error: '请填写学时' })
      .min(0, { error: '学时不能为负' })
      .max(EVENT_LIMITS.hours, { error: `学时不能超过 ${EVENT_LIMITS.hours}` })
      .refine((h) => Number.isInteger(h * 2), { error: '学时以 0.5 为单位' }),
    trainingKind: z.enum(TRAINING_KINDS).nullable(),
  })
  .superRefine((event, ctx) => {
    const at = (v: string | undefined) => (v === undefined ? undefined : Date.parse(v));
    const starts = at(event.startsAt);
    const ends = at(event.endsAt);
    const opens = at(event.registrationOpensAt);
    const closes = at(event.registrationClosesAt);
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (starts !== undefined && ends !== undefined && ends <= starts)
      issue('endsAt', '活动结束时间应晚于开始时间');
    if (opens !== undefined && closes !== undefined && closes <= opens)
      issue('registrationClosesAt', '报名截止时间应晚于报名开始时间');
    if (closes !== undefined && starts !== undefined && closes > starts)
      issue('registrationClosesAt', '报名截止时间不能晚于活动开始时间');
    if (event.scopePractice?.length === 0 && event.scopeOrganisations?.length === 0)
      issue('scopePractice', '请选择报名范围');
    if (event.trainingHours !== undefined && event.trainingHours > 0 && !event.trainingKind)
      issue('trainingKind', '记学时的活动请选择培训类别');
  }, always);
export type EventInput = z.infer<typeof eventInputSchema>;

/** An edit carries the version the editor saw: a concurrent edit is refused, not overwritten. */
export const eventUpdateSchema = z.object({
  version: z.number().int().min(0),
  event: eventInputSchema,
});
export type EventUpdate = z.infer<typeof eventUpdateSchema>;

/** "专职律师,全部律师事务所,实习人员" as the manual writes 报名范围. */
export function scopeLabel(scope: {
  scopePractice: readonly PracticeCategory[];
  scopeOrganisations: readonly OrganisationKind[];
}): string {
  return [
    ...PRACTICE_CATEGORIES.filter((c) => scope.scopePractice.includes(c)).map(
      (c) => PRACTICE_CATEGORY_LABELS[c],
    ),
    ...ORGANISATION_KINDS.filter((k) => scope.scopeOrganisations.includes(k)).map(
      (k) => `全部${ORGANISATION_KIND_LABELS[k]}`,
    ),
  ].join(',');
}

const eventFields = {
  id: z.string(),
  title: z.string(),
  organiser: z.string(),
  guests: z.string().nullable(),
  location: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  registrationOpensAt: z.string(),
  registrationClosesAt: z.string(),
  capacity: z.number().int(),
  perAccountLimit: z.number().int(),
  scopePractice: z.array(z.enum(PRACTICE_CATEGORIES)),
  scopeOrganisations: z.array(z.enum(ORGANISATION_KINDS)),
  notice: z.string().nullable(),
  summary: z.string().nullable(),
  precautions: z.string().nullable(),
  attachmentsRequired: z.boolean(),
  waitlist: z.boolean(),
  offerHours: z.number().int(),
  trainingHours: z.number(),
  trainingKind: z.enum(TRAINING_KINDS).nullable(),
  state: z.enum(EVENT_STATES),
  placesTaken: z.number().int(),
};

/** A window of the member's actions: open, or closed with the sentence that says why. */
export const windowSchema = z.union([
  z.object({ open: z.literal(true) }),
  z.object({ open: z.literal(false), reason: z.string() }),
]);

// ---- Staff ----

export const REGISTRATION_COUNT_KEYS = [...REGISTRATION_STATES] as const;
export const registrationCountsSchema = z.record(z.enum(REGISTRATION_STATES), z.number().int());
export type RegistrationCounts = z.infer<typeof registrationCountsSchema>;

export const staffEventSchema = z.object({
  ...eventFields,
  version: z.number().int(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  counts: registrationCountsSchema,
});
export type StaffEvent = z.infer<typeof staffEventSchema>;

export const eventListQuerySchema = pageQuerySchema.extend({
  state: z.enum(EVENT_STATES).optional(),
  q: text().trim().max(50).optional(),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;
export const staffEventPageSchema = pageOf(
  staffEventSchema.omit({ notice: true, summary: true, precautions: true, guests: true }),
).extend({ counts: z.record(z.enum(EVENT_STATES), z.number().int()) });
export type StaffEventPage = z.infer<typeof staffEventPageSchema>;

export const cancelEventSchema = z.object({ reason: requiredText('取消原因', 200) });
export type CancelEventInput = z.infer<typeof cancelEventSchema>;

export const eventAttachmentSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.enum(EVENT_ATTACHMENT_TYPES),
  size: z.number().int(),
});
export type EventAttachment = z.infer<typeof eventAttachmentSchema>;

export const leaveSchema = z.object({
  id: z.string(),
  state: z.enum(LEAVE_STATES),
  reason: z.enum(LEAVE_REASONS),
  detail: z.string().nullable(),
  decisionReason: z.string().nullable(),
  attachments: z.array(eventAttachmentSchema),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type Leave = z.infer<typeof leaveSchema>;

/** One registration as staff see it in the list and the export. */
export const staffRegistrationSchema = z.object({
  id: z.string(),
  state: z.enum(REGISTRATION_STATES),
  name: z.string(),
  gender: z.enum(GENDERS),
  workplace: z.string(),
  position: z.string().nullable(),
  phone: z.string().nullable(),
  mobile: z.string(),
  email: z.string(),
  licenceNo: z.string().nullable(),
  registrantName: z.string(),
  checkInCode: z.string(),
  waitlistPosition: z.number().int().nullable(),
  offerExpiresAt: z.string().nullable(),
  attendedAt: z.string().nullable(),
  createdAt: z.string(),
  attachments: z.array(eventAttachmentSchema),
  leave: leaveSchema.nullable(),
});
export type StaffRegistration = z.infer<typeof staffRegistrationSchema>;

export const registrationListQuerySchema = pageQuerySchema.extend({
  state: z.enum(REGISTRATION_STATES).optional(),
  q: text().trim().max(50).optional(),
});
export type RegistrationListQuery = z.infer<typeof registrationListQuerySchema>;
export const registrationPageSchema = pageOf(staffRegistrationSchema).extend({
  counts: registrationCountsSchema,
});
export type RegistrationPage = z.infer<typeof registrationPageSchema>;

/** 签到: several registrations ticked in the list, or the code a member shows at the door. */
export const attendanceSchema = z.object({
  registrationIds: z
    .array(z.uuid({ error: '报名记录无效' }))
    .min(1, { error: '请选择报名记录' })
    .max(500),
});
/** How many of the ticked registrations were marked attended (the others could not be). */
export const attendanceResultSchema = z.object({ marked: z.number().int() });
export const checkInSchema = z.object({
  code: text({ error: '请输入签到码' })
    .trim()
    .regex(/^\d{6}$/, { error: '签到码应为 6 位数字' }),
});

export const leaveQueueQuerySchema = pageQuerySchema.extend({
  state: z.enum(LEAVE_STATES).optional(),
});
export const leaveQueueItemSchema = leaveSchema.extend({
  registrationId: z.string(),
  eventId: z.string(),
  eventTitle: z.string(),
  eventStartsAt: z.string(),
  name: z.string(),
  workplace: z.string(),
  mobile: z.string(),
});
export type LeaveQueueItem = z.infer<typeof leaveQueueItemSchema>;
export const leaveQueueSchema = pageOf(leaveQueueItemSchema).extend({
  counts: z.record(z.enum(LEAVE_STATES), z.number().int()),
});
export const leaveDecisionSchema = z.object({ reason: optionalText('审核意见', 200) });
export const leaveRejectionSchema = z.object({ reason: requiredText('驳回原因', 200) });

export const suspensionRuleSchema = z.object({
  noShows: int('缺席次数', 1, 20),
  withinMonths: int('统计期（月）', 1, 60),
  suspendMonths: int('暂停报名时长（月）', 1, 60),
});

export const suspensionSchema = z.object({
  id: z.string(),
  lawyerId: z.string(),
  name: z.string(),
  licenceNo: z.string().nullable(),
  organisationName: z.string(),
  startsAt: z.string(),
  until: z.string(),
  events: z.array(z.object({ title: z.string(), startsAt: z.string() })),
  liftedAt: z.string().nullable(),
  liftReason: z.string().nullable(),
  active: z.boolean(),
});
export type Suspension = z.infer<typeof suspensionSchema>;
export const suspensionListQuerySchema = pageQuerySchema.extend({
  active: z.enum(['true', 'false']).optional(),
  q: text().trim().max(50).optional(),
});
export const suspensionPageSchema = pageOf(suspensionSchema);
export const liftSuspensionSchema = z.object({ reason: requiredText('解除原因', 200) });

// ---- Members ----

/** The registration form (manual §4.1.1), prefilled from the profile; files go as attachments. */
export const registrationInputSchema = z.object({
  /** A firm or office registers one of its own lawyers; a lawyer registers themself. */
  lawyerId: z.uuid({ error: '请选择参加人员' }).optional(),
  name: requiredText('姓名', 50),
  gender: z.enum(GENDERS, { error: '请选择性别' }),
  workplace: requiredText('工作单位', 100),
  position: optionalText('工作职务', 50),
  phone: optional(
    text()
      .trim()
      .regex(/^[\d\-+() ]{5,30}$/, { error: '联系电话只能包含数字和 - + ( )' }),
  ),
  mobile: mobileField,
  email: emailField,
});
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

export const leaveInputSchema = z.object({
  reason: z.enum(LEAVE_REASONS, { error: '请选择请假原因' }),
  detail: optionalText('请假说明', 500),
});
export type LeaveInput = z.infer<typeof leaveInputSchema>;

/** A registration as its member sees it. */
export const memberRegistrationSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  state: z.enum(REGISTRATION_STATES),
  name: z.string(),
  workplace: z.string(),
  mobile: z.string(),
  createdAt: z.string(),
  checkInCode: z.string(),
  waitlistPosition: z.number().int().nullable(),
  offerExpiresAt: z.string().nullable(),
  attachments: z.array(eventAttachmentSchema),
  leave: leaveSchema.nullable(),
  cancel: windowSchema,
  requestLeave: windowSchema,
});
export type MemberRegistration = z.infer<typeof memberRegistrationSchema>;

/** An event as a member sees it: the card in 正在报名的活动, and the detail page. */
export const memberEventSchema = z.object({
  ...eventFields,
  scopeLabel: z.string(),
  placesLeft: z.number().int(),
  waitlistLength: z.number().int(),
  cancelDeadline: z.string(),
  register: windowSchema,
  registrations: z.array(memberRegistrationSchema),
});
export type MemberEvent = z.infer<typeof memberEventSchema>;

export const MEMBER_EVENT_TABS = ['open', 'mine'] as const;
export const memberEventQuerySchema = pageQuerySchema.extend({
  tab: z.enum(MEMBER_EVENT_TABS).default('open'),
});
export type MemberEventQuery = z.infer<typeof memberEventQuerySchema>;
export const memberEventPageSchema = pageOf(memberEventSchema);

/** The member's own suspension, if one runs now: why, which events counted, and until when. */
export const memberSuspensionSchema = z.object({
  suspension: suspensionSchema.pick({ startsAt: true, until: true, events: true }).nullable(),
});
