import type { TicketQueue, TicketQueueQuery } from '@lx/shared/ticket-schemas';
import { TICKET_STATES, type TicketState } from '@lx/shared/ticket-workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql, sqlFragment } from '../../db/direct-sql.ts';
import { findQueuePage, type StateCount } from '../../lib/find-page.ts';
import { toTicket } from './ticket-management.ts';
import { OLDEST_FIRST, ticketRows } from './ticket-rows.ts';

const AGE_MS = { '1d': 86_400_000, '3d': 3 * 86_400_000, '7d': 7 * 86_400_000 } as const;

/**
 * The support desk's queue: filters and a count per state, on the server; oldest first. Two
 * statements on the direct lane, in parallel: the page (`ticketRows`, on the `("createdAt", number)`
 * index) and one `GROUP BY state` over the same filters but the state.
 */
export async function findTicketQueue(
  prisma: PrismaClient,
  query: TicketQueueQuery,
  staffAccountId: string,
): Promise<TicketQueue> {
  const sql = directSql(prisma);
  const q = query.q || null;
  const serial = q ? /^(?:gd)?0*(\d{1,9})$/i.exec(q.trim()) : null;
  const number = serial ? Number(serial[1]) : null;
  // As Prisma's contains: LIKE with the text as given (% and _ stay wildcards).
  const contains = q && `%${q}%`;
  const category = query.category ?? null;
  const before = query.olderThan ? new Date(Date.now() - AGE_MS[query.olderThan]) : null;
  const assignee = query.mine === 'true' ? staffAccountId : null;
  const state = query.state ?? null;
  const filters = sqlFragment`
    (${category}::text IS NULL OR t.category = ${category}::text)
      AND (${before}::timestamptz IS NULL OR t."createdAt" < ${before}::timestamptz)
      AND (${assignee}::uuid IS NULL OR t."assigneeId" = ${assignee}::uuid)
      AND (${q}::text IS NULL OR t.title LIKE ${contains} OR t.number = ${number}::int
        OR EXISTS (SELECT 1 FROM "Account" a
          WHERE a.id = t."accountId" AND a."displayName" LIKE ${contains}))`;
  const { rows, total, counts } = await findQueuePage(query, TICKET_STATES, {
    find: (window) =>
      ticketRows(sql, {
        where: sqlFragment`(${state}::"TicketState" IS NULL OR t.state = ${state}::"TicketState")
          AND ${filters}`,
        order: OLDEST_FIRST,
        ...window,
      }),
    countByState: () => sql<StateCount<TicketState>>`
      SELECT t.state::text AS state, count(*)::int AS count
      FROM "Ticket" t
      WHERE ${filters}
      GROUP BY t.state`,
  });
  return {
    items: rows.map(({ requesterName, messageCount, ...row }) => ({
      ...toTicket({ ...row, _count: { messages: messageCount } }),
      requesterName,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}
