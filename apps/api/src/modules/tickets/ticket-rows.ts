import type { TicketState } from '@lx/shared/ticket-workflow';
import { type DirectSql, type SqlFragment, sqlFragment } from '../../db/direct-sql.ts';
import type { PageWindow } from '../../lib/find-page.ts';

type TicketRow = {
  id: string;
  number: number;
  category: string;
  title: string;
  description: string;
  link: string | null;
  state: TicketState;
  createdAt: Date;
  updatedAt: Date;
  assigneeName: string | null;
  requesterName: string;
  messageCount: number;
};

export const OLDEST_FIRST = sqlFragment`t."createdAt", t.number`;
export const NEWEST_FIRST = sqlFragment`t."createdAt" DESC, t.number DESC`;

/**
 * A page of tickets as a deferred join: the tickets' ids and sort keys with the filters (`where`
 * on the alias `t`), ORDER BY + LIMIT/OFFSET on an index, then the page's requesters and a
 * correlated count of each page ticket's messages — not of every ticket the filters match. One
 * statement on the direct lane, for the desk's queue and a member's own list.
 */
export function ticketRows(
  sql: DirectSql,
  { where, order, skip, take }: { where: SqlFragment; order: SqlFragment } & PageWindow,
) {
  return sql<TicketRow>`
    WITH page AS (
      SELECT t.id, t.number, t.category, t.title, t.description, t.link, t.state,
        t."createdAt", t."updatedAt", t."assigneeName", t."accountId"
      FROM "Ticket" t
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ${take} OFFSET ${skip})
    SELECT t.id::text AS id, t.number, t.category, t.title, t.description,
      t.link, t.state::text AS state, t."createdAt", t."updatedAt",
      t."assigneeName", a."displayName" AS "requesterName",
      (SELECT count(*)::int FROM "TicketMessage" m WHERE m."ticketId" = t.id) AS "messageCount"
    FROM page t JOIN "Account" a ON a.id = t."accountId"
    ORDER BY ${order}`;
}
