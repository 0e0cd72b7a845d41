import { startOfShanghaiDay } from '@lx/shared/dates';
import { PLACE_HOLDING_STATES } from '@lx/shared/event-workflow';
import { ORGANISATION_KINDS, PRACTICE_CATEGORIES } from '@lx/shared/labels';
import { PROFILE_STATES } from '@lx/shared/profile-workflow';
import {
  OPEN_TICKET_STATES,
  REVIEW_KINDS,
  TICKET_AGE_BUCKETS,
  monthsOfRange,
  nextDay,
  type EventAttendance,
  type IssuedPerMonth,
  type MemberStatistics,
  type OpenTicketAges,
  type ProfileCompletion,
  type ReviewLeadTimes,
  type StatisticsRange,
} from '@lx/shared/statistics-schemas';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';

// 统计分析: each figure is one SQL statement that returns the aggregate, never the rows it counts
// (30,000 lawyers and a year of cards, certificates and tickets stay in the database). Months and
// days are Shanghai's; a range runs from the start of `from` to the end of `to`.

const literals = (values: readonly string[]) => Prisma.join(values.map((v) => Prisma.sql`${v}`));

/** The range as two instants: [start of `from`, start of the day after `to`). */
function instants(range: StatisticsRange) {
  return {
    start: startOfShanghaiDay(range.from).toISOString(),
    end: startOfShanghaiDay(nextDay(range.to)).toISOString(),
  };
}

const inRange = (column: Prisma.Sql, range: StatisticsRange) => {
  const { start, end } = instants(range);
  return Prisma.sql`${column} >= ${start}::timestamptz AND ${column} < ${end}::timestamptz`;
};

/**
 * The Shanghai month (yyyy-MM) of an instant column. China keeps one offset all year (as in
 * @lx/shared/dates), so UTC plus eight hours needs no time-zone data in the database.
 */
const monthOf = (column: Prisma.Sql) =>
  Prisma.sql`to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`;

/** Every month of the range, zeros where nothing happened, in order. */
function byMonth<T extends { month: string }>(
  range: StatisticsRange,
  rows: T[],
  empty: Omit<T, 'month'>,
): T[] {
  const found = new Map(rows.map((r) => [r.month, r]));
  return monthsOfRange(range).map((month) => found.get(month) ?? ({ ...empty, month } as T));
}

/** 会员构成: practising lawyers by category and by organisation kind; organisations by kind. */
export async function memberStatistics(prisma: PrismaClient): Promise<MemberStatistics> {
  // One pass over the lawyers for both groupings (GROUPING SETS), then the organisations.
  const rows = await prisma.$queryRaw<{ dim: string; key: string; n: number }[]>`
    SELECT CASE WHEN GROUPING(l."practiceCategory") = 0 THEN 'category' ELSE 'lawyerKind' END
        AS dim,
      coalesce(l."practiceCategory"::text, o.kind::text) AS key, count(*)::int AS n
    FROM "Lawyer" l JOIN "Organisation" o ON o.id = l."organisationId"
    WHERE l.status = 'PRACTISING'
    GROUP BY GROUPING SETS ((l."practiceCategory"), (o.kind))
    UNION ALL
    SELECT 'organisationKind', o.kind::text, count(*)::int
    FROM "Organisation" o WHERE o.status = 'ACTIVE' GROUP BY o.kind`;
  const n = (dim: string, key: string) => rows.find((r) => r.dim === dim && r.key === key)?.n ?? 0;
  return {
    byCategory: PRACTICE_CATEGORIES.map((category) => ({
      category,
      lawyers: n('category', category),
    })),
    byOrganisationKind: ORGANISATION_KINDS.map((kind) => ({
      kind,
      lawyers: n('lawyerKind', kind),
      organisations: n('organisationKind', kind),
    })),
  };
}

/** 档案完成情况: practising lawyers by profile state (no profile yet: 未提交). */
export async function profileCompletion(prisma: PrismaClient): Promise<ProfileCompletion> {
  const rows = await prisma.$queryRaw<{ state: string; n: number }[]>`
    SELECT coalesce(p.state::text, 'DRAFT') AS state, count(*)::int AS n
    FROM "Lawyer" l LEFT JOIN "LawyerProfile" p ON p."lawyerId" = l.id
    WHERE l.status = 'PRACTISING'
    GROUP BY 1`;
  const lawyers = rows.reduce((sum, r) => sum + r.n, 0);
  return {
    lawyers,
    states: PROFILE_STATES.map((state) => {
      const n = rows.find((r) => r.state === state)?.n ?? 0;
      return { state, lawyers: n, share: lawyers === 0 ? 0 : n / lawyers };
    }),
  };
}

/** 发放量: cards made (Card rows created) and certificates issued, per month of the range. */
export async function issuedPerMonth(
  prisma: PrismaClient,
  range: StatisticsRange,
): Promise<IssuedPerMonth> {
  const rows = await prisma.$queryRaw<IssuedPerMonth>`
    SELECT month, sum(cards)::int AS cards, sum(certificates)::int AS certificates FROM (
      SELECT ${monthOf(Prisma.sql`c."createdAt"`)} AS month, count(*) AS cards, 0 AS certificates
      FROM "Card" c WHERE ${inRange(Prisma.sql`c."createdAt"`, range)} GROUP BY 1
      UNION ALL
      SELECT ${monthOf(Prisma.sql`x."issuedAt"`)}, 0, count(*)
      FROM "Certificate" x WHERE ${inRange(Prisma.sql`x."issuedAt"`, range)} GROUP BY 1) m
    GROUP BY month`;
  return byMonth(range, rows, { cards: 0, certificates: 0 });
}

const hours = (interval: Prisma.Sql) => Prisma.sql`extract(epoch FROM ${interval}) / 3600`;
const percentiles = Prisma.sql`count(*)::int AS decisions,
  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY h))::numeric, 1)::float8 AS "medianHours",
  round((percentile_cont(0.9) WITHIN GROUP (ORDER BY h))::numeric, 1)::float8 AS "p90Hours"`;

/**
 * 审核时长: hours from submission to decision, median and p90, of the decisions made in the
 * range. Profiles: each 通过/驳回 against the submission before it. Cards: the application to its
 * first 受理 or 驳回. Certificates: the application to its approval or rejection.
 */
export async function reviewLeadTimes(
  prisma: PrismaClient,
  range: StatisticsRange,
): Promise<ReviewLeadTimes> {
  const rows = await prisma.$queryRaw<ReviewLeadTimes>`
    SELECT 'PROFILE' AS kind, ${percentiles} FROM (
      SELECT ${hours(Prisma.sql`d."createdAt" - s."createdAt"`)} AS h
      FROM "ProfileReview" d
        CROSS JOIN LATERAL (
          SELECT s."createdAt" FROM "ProfileReview" s
          WHERE s."profileId" = d."profileId" AND s.decision = 'SUBMITTED'
            AND s."createdAt" <= d."createdAt"
          ORDER BY s."createdAt" DESC LIMIT 1) s
      WHERE d.decision IN ('APPROVED', 'REJECTED')
        AND ${inRange(Prisma.sql`d."createdAt"`, range)}) p
    UNION ALL
    SELECT 'CARD', ${percentiles} FROM (
      SELECT ${hours(Prisma.sql`min(e."createdAt") - a."createdAt"`)} AS h
      FROM "CardApplication" a
        JOIN "CardApplicationEvent" e ON e."applicationId" = a.id
          AND e."toState" IN ('ACCEPTED', 'REJECTED')
      GROUP BY a.id, a."createdAt"
      HAVING ${inRange(Prisma.sql`min(e."createdAt")`, range)}) c
    UNION ALL
    SELECT 'CERTIFICATE', ${percentiles} FROM (
      SELECT ${hours(Prisma.sql`a."reviewedAt" - a."createdAt"`)} AS h
      FROM "CertificateApplication" a
      WHERE a.state IN ('APPROVED', 'REJECTED')
        AND ${inRange(Prisma.sql`a."reviewedAt"`, range)}) x`;
  return REVIEW_KINDS.map(
    (kind) =>
      rows.find((r) => r.kind === kind) ?? {
        kind,
        decisions: 0,
        medianHours: null,
        p90Hours: null,
      },
  );
}

/** 未关闭工单: by how long ago they were opened, and their state (today, whatever the range). */
export async function openTicketAges(prisma: PrismaClient): Promise<OpenTicketAges> {
  const rows = await prisma.$queryRaw<{ age: string; state: string; n: number }[]>`
    SELECT CASE
        WHEN t.age < interval '1 day' THEN 'UNDER_1_DAY'
        WHEN t.age < interval '3 days' THEN 'DAYS_1_3'
        WHEN t.age < interval '7 days' THEN 'DAYS_3_7'
        ELSE 'OVER_7_DAYS' END AS age,
      t.state, count(*)::int AS n
    FROM (SELECT now() - "createdAt" AS age, state::text AS state FROM "Ticket"
      WHERE state::text IN (${literals(OPEN_TICKET_STATES)})) t
    GROUP BY 1, 2`;
  return TICKET_AGE_BUCKETS.map((age) => {
    const n = (state: string) => rows.find((r) => r.age === age && r.state === state)?.n ?? 0;
    const [OPEN, IN_PROGRESS, ANSWERED] = OPEN_TICKET_STATES.map(n) as [number, number, number];
    return { age, OPEN, IN_PROGRESS, ANSWERED, total: OPEN + IN_PROGRESS + ANSWERED };
  });
}

/** 活动报名与签到: per month the events of the range start in, places taken, 签到 and 缺席. */
export async function eventAttendance(
  prisma: PrismaClient,
  range: StatisticsRange,
): Promise<EventAttendance> {
  const rows = await prisma.$queryRaw<EventAttendance>`
    SELECT ${monthOf(Prisma.sql`e."startsAt"`)} AS month,
      count(*) FILTER (WHERE r.state::text IN (${literals(PLACE_HOLDING_STATES)}))::int
        AS registered,
      count(*) FILTER (WHERE r.state = 'ATTENDED')::int AS attended,
      count(*) FILTER (WHERE r.state = 'NO_SHOW')::int AS "noShow"
    FROM "EventRegistration" r JOIN "Event" e ON e.id = r."eventId"
    WHERE ${inRange(Prisma.sql`e."startsAt"`, range)}
    GROUP BY 1`;
  return byMonth(range, rows, { registered: 0, attended: 0, noShow: 0 });
}
