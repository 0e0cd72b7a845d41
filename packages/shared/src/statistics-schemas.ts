import { z } from 'zod';
import { formatDate } from './dates.ts';
import { always, dateField, optional } from './formats.ts';
import { ORGANISATION_KINDS, PRACTICE_CATEGORIES } from './labels.ts';
import { PROFILE_STATES } from './profile-workflow.ts';

// 统计分析 (SPEC §2.10, issue 15): the admin dashboard's figures for a date range. Figures that
// describe today (members, profile completion, open tickets, training) ignore the range; the
// monthly ones and the review lead times count what happened inside it.

/** At most this many years in one range: the monthly charts stay readable (≤ 60 months). */
export const STATISTICS_MAX_YEARS = 5;
/** The default range: this month and the eleven before it. */
export const STATISTICS_DEFAULT_MONTHS = 12;

const DAY_MS = 24 * 3600_000;
const toDay = (d: Date) => d.toISOString().slice(0, 10);
const dayOf = (yyyyMmDd: string) => new Date(`${yyyyMmDd}T00:00:00Z`);

/** yyyy-MM-dd plus whole calendar months, the day kept within the month (31 Jan + 1 → 28/29 Feb). */
export function addMonthsToDay(yyyyMmDd: string, months: number): string {
  const d = dayOf(yyyyMmDd);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return toDay(d);
}

/** The day after yyyy-MM-dd. */
export const nextDay = (yyyyMmDd: string) => toDay(new Date(dayOf(yyyyMmDd).getTime() + DAY_MS));

/** The default range on `now` (Shanghai): the first day of the month eleven months ago → today. */
export function defaultStatisticsRange(now: Date = new Date()): { from: string; to: string } {
  const to = formatDate(now);
  const from = addMonthsToDay(`${to.slice(0, 7)}-01`, 1 - STATISTICS_DEFAULT_MONTHS);
  return { from, to };
}

/** A range with what was left out filled in: `to` today, `from` twelve months before `to`. */
export function resolveStatisticsRange(
  range: { from?: string | undefined; to?: string | undefined },
  now: Date = new Date(),
): { from: string; to: string } {
  const to = range.to ?? defaultStatisticsRange(now).to;
  const from = range.from ?? addMonthsToDay(`${to.slice(0, 7)}-01`, 1 - STATISTICS_DEFAULT_MONTHS);
  return { from, to };
}

/** The month keys (yyyy-MM) a range covers, in order. */
export function monthsOfRange(range: { from: string; to: string }): string[] {
  const months: string[] = [];
  for (let m = `${range.from.slice(0, 7)}-01`; m <= range.to; m = addMonthsToDay(m, 1))
    months.push(m.slice(0, 7));
  return months;
}

export const statisticsQuerySchema = z
  .object({
    from: optional(dateField('开始日期')),
    to: optional(dateField('结束日期')),
  })
  .superRefine((value, ctx) => {
    if (!value.from && !value.to) return;
    const { from, to } = resolveStatisticsRange(value);
    if (to < from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' });
    } else if (to >= addMonthsToDay(from, STATISTICS_MAX_YEARS * 12)) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `统计区间不能超过 ${STATISTICS_MAX_YEARS} 年`,
      });
    }
  }, always)
  .transform((value) => resolveStatisticsRange(value));
export type StatisticsQueryInput = z.input<typeof statisticsQuerySchema>;
export type StatisticsRange = z.output<typeof statisticsQuerySchema>;

// ——— the figures ———

export const REVIEW_KINDS = ['PROFILE', 'CARD', 'CERTIFICATE'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  PROFILE: '档案审核',
  CARD: '会员卡受理',
  CERTIFICATE: '电子证明审核',
};

export const TICKET_AGE_BUCKETS = ['UNDER_1_DAY', 'DAYS_1_3', 'DAYS_3_7', 'OVER_7_DAYS'] as const;
export type TicketAgeBucket = (typeof TICKET_AGE_BUCKETS)[number];
export const TICKET_AGE_LABELS: Record<TicketAgeBucket, string> = {
  UNDER_1_DAY: '< 1 天',
  DAYS_1_3: '1–3 天',
  DAYS_3_7: '3–7 天',
  OVER_7_DAYS: '> 7 天',
};
/** The tickets still waiting for someone: not closed, not cancelled. */
export const OPEN_TICKET_STATES = ['OPEN', 'IN_PROGRESS', 'ANSWERED'] as const;

const count = z.number().int();

export const memberStatisticsSchema = z.object({
  /** Practising lawyers per practice category (every category, zeros included). */
  byCategory: z.array(z.object({ category: z.enum(PRACTICE_CATEGORIES), lawyers: count })),
  /** Practising lawyers by their organisation's kind, and the active organisations of each kind. */
  byOrganisationKind: z.array(
    z.object({ kind: z.enum(ORGANISATION_KINDS), lawyers: count, organisations: count }),
  ),
});
export type MemberStatistics = z.infer<typeof memberStatisticsSchema>;

export const profileCompletionSchema = z.object({
  lawyers: count,
  /** A lawyer who never opened the profile counts as 未提交 (DRAFT). share: 0…1. */
  states: z.array(z.object({ state: z.enum(PROFILE_STATES), lawyers: count, share: z.number() })),
});
export type ProfileCompletion = z.infer<typeof profileCompletionSchema>;

export const issuedPerMonthSchema = z.array(
  z.object({ month: z.string(), cards: count, certificates: count }),
);
export type IssuedPerMonth = z.infer<typeof issuedPerMonthSchema>;

export const reviewLeadTimesSchema = z.array(
  z.object({
    kind: z.enum(REVIEW_KINDS),
    /** Decisions made in the range. */
    decisions: count,
    /** Hours from submission to decision, to one decimal; null without decisions. */
    medianHours: z.number().nullable(),
    p90Hours: z.number().nullable(),
  }),
);
export type ReviewLeadTimes = z.infer<typeof reviewLeadTimesSchema>;

export const openTicketAgesSchema = z.array(
  z.object({
    age: z.enum(TICKET_AGE_BUCKETS),
    OPEN: count,
    IN_PROGRESS: count,
    ANSWERED: count,
    total: count,
  }),
);
export type OpenTicketAges = z.infer<typeof openTicketAgesSchema>;

/** By the month the event starts: places taken (已报名, any place-holding state), 已签到, 缺席. */
export const eventAttendanceSchema = z.array(
  z.object({ month: z.string(), registered: count, attended: count, noShow: count }),
);
export type EventAttendance = z.infer<typeof eventAttendanceSchema>;

export const trainingShareSchema = z.object({
  year: z.number().int(),
  lawyers: count,
  compliant: count,
  behind: count,
  share: z.number(),
});

export const statisticsSchema = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  members: memberStatisticsSchema,
  profiles: profileCompletionSchema,
  issued: issuedPerMonthSchema,
  leadTimes: reviewLeadTimesSchema,
  openTickets: openTicketAgesSchema,
  events: eventAttendanceSchema,
  training: trainingShareSchema,
});
export type Statistics = z.infer<typeof statisticsSchema>;
