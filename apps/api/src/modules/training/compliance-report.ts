import ExcelJS from 'exceljs';
import { PRACTICE_CATEGORY_LABELS, type PracticeCategory } from '@lx/shared/labels';
import { trainingYearDays } from '@lx/shared/training-rules';
import type {
  ComplianceCounts,
  ComplianceQuery,
  CompliancePage,
  ComplianceRow,
  OrganisationCompliancePage,
} from '@lx/shared/training-schemas';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { yearOf } from './training-records.ts';

// 达标情况: every practising lawyer's year against their category's requirement, computed in SQL
// (one aggregate of the year's ledger, joined to the lawyers), so 30,000 lawyers never come into
// Node to be filtered or counted. The remaining hours follow the shared rule (trainingProgress):
// the larger of what the total still needs and the sum of what each kind's minimum still needs.

export type ComplianceFilter = Omit<ComplianceQuery, 'page' | 'pageSize'>;

const done = (kind: string) => Prisma.raw(`coalesce(t."${kind}", 0)`);
const shortfall = (min: string, kind: string) =>
  Prisma.sql`greatest(0, coalesce(r.${Prisma.raw(`"${min}"`)}, 0) - ${done(kind)})`;

/** The lawyers of the filter (but its status) with their totals, requirement and remaining. */
function lawyerYears(filter: ComplianceFilter): Prisma.Sql {
  const { from, to } = trainingYearDays(filter.year);
  const q = filter.q?.trim();
  return Prisma.sql`
    SELECT l.id AS "lawyerId", l.name, l."licenceNo", o.id AS "organisationId",
      o.name AS "organisationName", l."practiceCategory"::text AS category,
      r."totalHours", r."minOnsite", r."minOffline", r."minOnline",
      ${done('ONSITE')} AS "ONSITE", ${done('OFFLINE')} AS "OFFLINE", ${done('ONLINE')} AS "ONLINE",
      ${done('total')} AS total,
      CASE WHEN r."totalHours" IS NULL THEN 0 ELSE greatest(0, r."totalHours" - ${done('total')},
        ${shortfall('minOnsite', 'ONSITE')} + ${shortfall('minOffline', 'OFFLINE')}
          + ${shortfall('minOnline', 'ONLINE')}) END AS remaining
    FROM "Lawyer" l
      JOIN "Organisation" o ON o.id = l."organisationId"
      LEFT JOIN "TrainingRequirement" r ON r.year = ${filter.year} AND r.category = l."practiceCategory"
      LEFT JOIN (
        SELECT e."lawyerId", sum(e.hours) FILTER (WHERE e.kind = 'ONSITE') AS "ONSITE",
          sum(e.hours) FILTER (WHERE e.kind = 'OFFLINE') AS "OFFLINE",
          sum(e.hours) FILTER (WHERE e.kind = 'ONLINE') AS "ONLINE", sum(e.hours) AS total
        FROM "TrainingEntry" e
        WHERE e.date BETWEEN ${from}::date AND ${to}::date
        GROUP BY e."lawyerId") t ON t."lawyerId" = l.id
    WHERE l.status = 'PRACTISING'
      ${filter.organisationId ? Prisma.sql`AND l."organisationId" = ${filter.organisationId}::uuid` : Prisma.empty}
      ${
        q
          ? Prisma.sql`AND (l.name ILIKE ${`%${q}%`} OR l."licenceNo" = ${q} OR l."memberNo" = ${q})`
          : Prisma.empty
      }`;
}

const statusCondition = (status: ComplianceFilter['status']) =>
  status === 'behind'
    ? Prisma.sql`WHERE y.remaining > 0`
    : status === 'compliant'
      ? Prisma.sql`WHERE y.remaining = 0`
      : Prisma.empty;

type Row = {
  lawyerId: string;
  name: string;
  licenceNo: string | null;
  organisationId: string;
  organisationName: string;
  category: PracticeCategory;
  totalHours: number | null;
  minOnsite: number | null;
  minOffline: number | null;
  minOnline: number | null;
  ONSITE: number;
  OFFLINE: number;
  ONLINE: number;
};

function toRow(row: Row): ComplianceRow {
  const { totals, requirement, progress } = yearOf(row);
  return {
    lawyerId: row.lawyerId,
    name: row.name,
    licenceNo: row.licenceNo,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    category: row.category,
    required: requirement?.totalHours ?? null,
    totals,
    remaining: progress.remaining,
    compliant: progress.compliant,
  };
}

const ROW_COLUMNS = Prisma.sql`y."lawyerId"::text, y.name, y."licenceNo",
  y."organisationId"::text, y."organisationName", y.category, y."totalHours"::float8,
  y."minOnsite"::float8, y."minOffline"::float8, y."minOnline"::float8, y."ONSITE"::float8,
  y."OFFLINE"::float8, y."ONLINE"::float8`;

// Behind first (most hours missing first), then by name: who to chase before the inspection.
const ROW_ORDER = Prisma.sql`ORDER BY (y.remaining > 0) DESC, y.remaining DESC, y.name, y."lawyerId"`;

const countsOf = (c: { lawyers: number; compliant: number }): ComplianceCounts => ({
  lawyers: c.lawyers,
  compliant: c.compliant,
  behind: c.lawyers - c.compliant,
  share: c.lawyers === 0 ? 1 : c.compliant / c.lawyers,
});

/**
 * 按律师: a page of the filter's lawyers, how many the filter finds, and the counts of the filter
 * without its status — one statement that reads the ledger once.
 */
export async function compliancePage(
  prisma: PrismaClient,
  query: ComplianceQuery,
): Promise<CompliancePage> {
  const offset = (query.page - 1) * query.pageSize;
  const rows = await prisma.$queryRaw<
    (Partial<Row> & { lawyers: number; compliant: number; filtered: number })[]
  >`
    WITH y AS MATERIALIZED (${lawyerYears(query)}),
      c AS (SELECT count(*)::int AS lawyers,
          count(*) FILTER (WHERE y.remaining = 0)::int AS compliant FROM y),
      f AS (SELECT count(*)::int AS filtered FROM y ${statusCondition(query.status)})
    SELECT c.lawyers, c.compliant, f.filtered, p.*
    FROM c CROSS JOIN f LEFT JOIN LATERAL (
      SELECT ${ROW_COLUMNS} FROM y ${statusCondition(query.status)}
      ${ROW_ORDER} LIMIT ${query.pageSize} OFFSET ${offset}) p ON true`;
  const first = rows[0]!;
  return {
    year: query.year,
    items: rows.filter((r) => r.lawyerId).map((r) => toRow(r as Row)),
    total: first.filtered,
    page: query.page,
    pageSize: query.pageSize,
    counts: countsOf(first),
  };
}

/** The share of practising lawyers who met this year's requirement (the dashboard's number). */
export async function complianceCounts(
  prisma: PrismaClient,
  year: number,
): Promise<ComplianceCounts> {
  const [counts] = await prisma.$queryRaw<{ lawyers: number; compliant: number }[]>`
    SELECT count(*)::int AS lawyers, count(*) FILTER (WHERE y.remaining = 0)::int AS compliant
    FROM (${lawyerYears({ year })}) y`;
  return countsOf(counts!);
}

/** 按机构: per organisation, its practising lawyers, how many met the requirement, its hours. */
export async function organisationCompliancePage(
  prisma: PrismaClient,
  query: { year: number; q?: string | undefined; page: number; pageSize: number },
): Promise<OrganisationCompliancePage> {
  const years = lawyerYears({ year: query.year });
  const q = query.q?.trim();
  const where = q ? Prisma.sql`WHERE y."organisationName" ILIKE ${`%${q}%`}` : Prisma.empty;
  const offset = (query.page - 1) * query.pageSize;
  // The number of organisations rides on each row (a window over the groups): one statement.
  const rows = await prisma.$queryRaw<
    {
      organisationId: string;
      name: string;
      lawyers: number;
      compliant: number;
      hours: number;
      total: number;
    }[]
  >`
    SELECT y."organisationId"::text, y."organisationName" AS name, count(*)::int AS lawyers,
      count(*) FILTER (WHERE y.remaining = 0)::int AS compliant, sum(y.total)::float8 AS hours,
      (count(*) OVER ())::int AS total
    FROM (${years}) y ${where}
    GROUP BY y."organisationId", y."organisationName"
    ORDER BY count(*) FILTER (WHERE y.remaining = 0)::float8 / count(*), y."organisationName",
      y."organisationId"
    LIMIT ${query.pageSize} OFFSET ${offset}`;
  const total =
    rows[0]?.total ??
    (offset === 0
      ? 0
      : (
          await prisma.$queryRaw<{ n: number }[]>`
            SELECT count(DISTINCT y."organisationId")::int AS n FROM (${years}) y ${where}`
        )[0]!.n);
  return {
    items: rows.map((r) => ({
      organisationId: r.organisationId,
      name: r.name,
      hours: r.hours,
      ...countsOf(r),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const COLUMNS: { header: string; width: number; value: (row: ComplianceRow) => string | number }[] =
  [
    { header: '姓名', width: 12, value: (r) => r.name },
    { header: '执业证号', width: 20, value: (r) => r.licenceNo ?? '' },
    { header: '执业机构', width: 32, value: (r) => r.organisationName },
    { header: '执业类别', width: 12, value: (r) => PRACTICE_CATEGORY_LABELS[r.category] },
    { header: '要求学时', width: 10, value: (r) => r.required ?? '未设定' },
    { header: '已完成', width: 10, value: (r) => r.totals.total },
    { header: '现场培训', width: 10, value: (r) => r.totals.ONSITE },
    { header: '线下培训', width: 10, value: (r) => r.totals.OFFLINE },
    { header: '网络课程', width: 10, value: (r) => r.totals.ONLINE },
    { header: '还需', width: 8, value: (r) => r.remaining },
    { header: '状态', width: 8, value: (r) => (r.compliant ? '已达标' : '未达标') },
  ];

/** 导出: every lawyer of the filter (no paging) as .xlsx with Chinese headers. */
export async function complianceWorkbook(
  prisma: PrismaClient,
  filter: ComplianceFilter,
): Promise<{ bytes: Buffer; filename: string }> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT ${ROW_COLUMNS} FROM (${lawyerYears(filter)}) y ${statusCondition(filter.status)}
    ${ROW_ORDER}`;
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(`${filter.year}年度学时`, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows.map(toRow)) sheet.addRow(COLUMNS.map((c) => c.value(row)));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { bytes, filename: `${filter.year}年度学时达标情况.xlsx` };
}
