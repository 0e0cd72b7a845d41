import type { PracticeCategory } from '@lx/shared/labels';
import { TRAINING_KINDS, type TrainingKind } from '@lx/shared/training-kinds';
import {
  trainingProgress,
  trainingTotals,
  trainingYearDays,
  yearWord,
  type TrainingRequirement,
} from '@lx/shared/training-rules';
import type {
  TrainingEntry,
  TrainingEntryPage,
  TrainingSummary,
} from '@lx/shared/training-schemas';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';

type Db = Pick<PrismaClient, '$queryRaw' | 'trainingEntry'>;

/** A lawyer's year as one aggregate row: who, the requirement, the hours per kind. */
type SummaryRow = {
  id: string;
  name: string;
  licenceNo: string | null;
  memberNo: string;
  category: PracticeCategory;
  organisationName: string;
  totalHours: number | null;
  minOnsite: number | null;
  minOffline: number | null;
  minOnline: number | null;
  ONSITE: number;
  OFFLINE: number;
  ONLINE: number;
};

/** A lawyer's year as an aggregate row has it: the hours per kind and the requirement columns. */
export type YearRow = Pick<
  SummaryRow,
  'totalHours' | 'minOnsite' | 'minOffline' | 'minOnline' | TrainingKind
>;

/**
 * The totals, the requirement (null: none set) and the progress of an aggregate row, by the
 * shared rules: the one reading of a row that the summary and the compliance report share.
 */
export function yearOf(row: YearRow, word?: string) {
  const totals = trainingTotals(TRAINING_KINDS.map((kind) => ({ kind, hours: row[kind] })));
  let requirement: Pick<TrainingRequirement, 'totalHours' | 'minimums'> | null = null;
  if (row.totalHours !== null) {
    const minimums: TrainingRequirement['minimums'] = {};
    if (row.minOnsite !== null) minimums.ONSITE = row.minOnsite;
    if (row.minOffline !== null) minimums.OFFLINE = row.minOffline;
    if (row.minOnline !== null) minimums.ONLINE = row.minOnline;
    requirement = { totalHours: row.totalHours, minimums };
  }
  return { totals, requirement, progress: trainingProgress(totals, requirement, word) };
}

function toSummary(year: number, row: SummaryRow): TrainingSummary {
  const { totals, requirement, progress } = yearOf(row, yearWord(year));
  return {
    year,
    lawyer: {
      id: row.id,
      name: row.name,
      licenceNo: row.licenceNo,
      memberNo: row.memberNo,
      category: row.category,
      organisationName: row.organisationName,
    },
    requirement,
    totals,
    ...progress,
  };
}

/**
 * The year of each of these lawyers (in the order given): totals per kind from the ledger
 * (reversals count negative) against their category's requirement, in one aggregate statement.
 */
export async function trainingSummaries(
  db: Db,
  year: number,
  lawyerIds: string[],
): Promise<TrainingSummary[]> {
  if (lawyerIds.length === 0) return [];
  const { from, to } = trainingYearDays(year);
  const rows = await db.$queryRaw<SummaryRow[]>`
    SELECT l.id::text, l.name, l."licenceNo", l."memberNo", l."practiceCategory"::text AS category,
      o.name AS "organisationName", r."totalHours"::float8 AS "totalHours",
      r."minOnsite"::float8 AS "minOnsite", r."minOffline"::float8 AS "minOffline",
      r."minOnline"::float8 AS "minOnline",
      coalesce(t."ONSITE", 0)::float8 AS "ONSITE", coalesce(t."OFFLINE", 0)::float8 AS "OFFLINE",
      coalesce(t."ONLINE", 0)::float8 AS "ONLINE"
    FROM "Lawyer" l
      JOIN "Organisation" o ON o.id = l."organisationId"
      LEFT JOIN "TrainingRequirement" r ON r.year = ${year} AND r.category = l."practiceCategory"
      LEFT JOIN LATERAL (
        SELECT sum(e.hours) FILTER (WHERE e.kind = 'ONSITE') AS "ONSITE",
          sum(e.hours) FILTER (WHERE e.kind = 'OFFLINE') AS "OFFLINE",
          sum(e.hours) FILTER (WHERE e.kind = 'ONLINE') AS "ONLINE"
        FROM "TrainingEntry" e
        WHERE e."lawyerId" = l.id AND e.date BETWEEN ${from}::date AND ${to}::date) t ON true
    WHERE l.id = ANY(${lawyerIds}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return lawyerIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(year, row)] : [];
  });
}

export async function trainingSummary(
  db: Db,
  year: number,
  lawyerId: string,
): Promise<TrainingSummary | null> {
  const [summary] = await trainingSummaries(db, year, [lawyerId]);
  return summary ?? null;
}

type EntryRow = Prisma.TrainingEntryGetPayload<object>;

export function toTrainingEntry(row: EntryRow, reversed: boolean): TrainingEntry {
  return {
    id: row.id,
    date: row.date.toISOString().slice(0, 10),
    title: row.title,
    organiser: row.organiser,
    kind: row.kind as TrainingKind,
    hours: Number(row.hours),
    source: row.source,
    eventId: row.eventId,
    batchId: row.batchId,
    reversesId: row.reversesId,
    reversed,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Of these entries, those a later line reverses. */
export async function reversedAmong(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.trainingEntry.findMany({
    where: { reversesId: { in: ids } },
    select: { reversesId: true },
  });
  return new Set(rows.map((r) => r.reversesId!));
}

/** A lawyer's ledger for a year, newest first, paged on the server. */
export async function trainingEntryPage(
  db: Db,
  lawyerId: string,
  query: { year: number; page: number; pageSize: number },
): Promise<TrainingEntryPage> {
  const { from, to } = trainingYearDays(query.year);
  const where: Prisma.TrainingEntryWhereInput = {
    lawyerId,
    date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
  };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      db.trainingEntry.findMany({
        where,
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
        ...window,
      }),
    count: () => db.trainingEntry.count({ where }),
  });
  const reversed = await reversedAmong(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) => toTrainingEntry(row, reversed.has(row.id))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The SQL condition of a ledger line nobody has reversed and that reverses nothing (alias e). */
export const LIVE_ENTRY = Prisma.sql`e."reversesId" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "TrainingEntry" x WHERE x."reversesId" = e.id)`;
