import {
  parseCardApplicationNo,
  type CardApplicationDetail,
  type CardQueue,
  type CardQueueQuery,
} from '@lx/shared/card-schemas';
import { CARD_APPLICATION_STATES } from '@lx/shared/card-workflow';
import { startOfShanghaiDay } from '@lx/shared/dates';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql, sqlFragment } from '../../db/direct-sql.ts';
import { findQueuePage, type StateCount } from '../../lib/find-page.ts';
import {
  findApplication,
  situationOf,
  toApplication,
  toCard,
  toSummary,
  type SummaryRow,
} from './card-records.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

type QueueRow = SummaryRow & {
  lawyerName: string;
  licenceNo: string | null;
  organisationName: string;
};

/**
 * The card officers' queue: filtered and paged on the server, with a count per state. Two
 * statements on the direct lane, in parallel: the page as a deferred join (the applications' ids
 * and sort keys with the filters, ORDER BY + LIMIT/OFFSET on the `("createdAt", number)` index,
 * then the page's lawyers and firms), and one `GROUP BY state` over the same filters but the state.
 */
export async function findCardQueue(
  prisma: PrismaClient,
  query: CardQueueQuery,
): Promise<CardQueue> {
  const sql = directSql(prisma);
  const q = query.q || null;
  const serial = q ? parseCardApplicationNo(q) : null;
  // As Prisma's contains/startsWith: LIKE with the text as given (% and _ stay wildcards).
  const contains = q && `%${q}%`;
  const prefix = q && `${q}%`;
  const kind = query.kind ?? null;
  const state = query.state ?? null;
  const from = query.appliedFrom ? startOfShanghaiDay(query.appliedFrom) : null;
  const to = query.appliedTo
    ? new Date(startOfShanghaiDay(query.appliedTo).getTime() + DAY_MS)
    : null;
  const filters = sqlFragment`
    (${kind}::"CardApplicationKind" IS NULL OR c.kind = ${kind}::"CardApplicationKind")
      AND (${from}::timestamptz IS NULL OR c."createdAt" >= ${from}::timestamptz)
      AND (${to}::timestamptz IS NULL OR c."createdAt" < ${to}::timestamptz)
      AND (${q}::text IS NULL OR c.number = ${serial}::int OR EXISTS (SELECT 1 FROM "Lawyer" l
        WHERE l.id = c."lawyerId" AND (l.name LIKE ${contains} OR l."licenceNo" LIKE ${prefix})))`;
  const { rows, total, counts } = await findQueuePage(query, CARD_APPLICATION_STATES, {
    find: ({ skip, take }) => sql<QueueRow>`
      WITH page AS (
        SELECT c.id, c.number, c.kind, c.reason, c.state, c."rejectReason", c."createdAt",
          c."updatedAt", c."lawyerId"
        FROM "CardApplication" c
        WHERE (${state}::"CardApplicationState" IS NULL OR c.state = ${state}::"CardApplicationState")
          AND ${filters}
        ORDER BY c."createdAt", c.number
        LIMIT ${take} OFFSET ${skip})
      SELECT page.id::text AS id, page.number, page.kind::text AS kind, page.reason,
        page.state::text AS state, page."rejectReason", page."createdAt", page."updatedAt",
        l.name AS "lawyerName", l."licenceNo", o.name AS "organisationName"
      FROM page JOIN "Lawyer" l ON l.id = page."lawyerId"
        JOIN "Organisation" o ON o.id = l."organisationId"
      ORDER BY page."createdAt", page.number`,
    countByState: () => sql<StateCount<QueueRow['state']>>`
      SELECT c.state::text AS state, count(*)::int AS count
      FROM "CardApplication" c
      WHERE ${filters}
      GROUP BY c.state`,
  });
  return {
    items: rows.map((row) => ({
      ...toSummary(row),
      lawyerName: row.lawyerName,
      licenceNo: row.licenceNo,
      organisationName: row.organisationName,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}

/** One application with its history and the applicant's cards. */
export async function getCardApplicationDetail(
  prisma: PrismaClient,
  applicationId: string,
): Promise<CardApplicationDetail> {
  const application = await findApplication(prisma, applicationId);
  const situation = await situationOf(prisma, application.lawyerId);
  return {
    ...toApplication(application),
    lawyerId: application.lawyerId,
    holderCards: situation.cards.map((card) => {
      const { id, number, state, issuedAt } = toCard(card, situation);
      return { id, number, state, issuedAt };
    }),
  };
}
