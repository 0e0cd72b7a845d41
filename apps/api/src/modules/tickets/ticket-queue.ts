import type { TicketQueue, TicketQueueQuery } from '@lx/shared/ticket-schemas';
import { TICKET_STATES } from '@lx/shared/ticket-workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { findQueuePage } from '../../lib/find-page.ts';
import { toTicket } from './ticket-management.ts';

const AGE_MS = { '1d': 86_400_000, '3d': 3 * 86_400_000, '7d': 7 * 86_400_000 } as const;

/** The support desk's queue: filters and a count per state, on the server; oldest first. */
export async function findTicketQueue(
  prisma: PrismaClient,
  query: TicketQueueQuery,
  staffAccountId: string,
): Promise<TicketQueue> {
  const serial = query.q ? /^(?:gd)?0*(\d{1,9})$/i.exec(query.q.trim()) : null;
  const base: Prisma.TicketWhereInput = {
    ...(query.category ? { category: query.category } : {}),
    ...(query.olderThan
      ? { createdAt: { lt: new Date(Date.now() - AGE_MS[query.olderThan]) } }
      : {}),
    ...(query.mine === 'true' ? { assigneeId: staffAccountId } : {}),
    ...(query.q
      ? {
          OR: [
            { title: { contains: query.q } },
            { account: { displayName: { contains: query.q } } },
            ...(serial ? [{ number: Number(serial[1]) }] : []),
          ],
        }
      : {}),
  };
  const where = { ...base, ...(query.state ? { state: query.state } : {}) };
  const { rows, total, counts } = await findQueuePage(query, TICKET_STATES, {
    find: (window) =>
      prisma.ticket.findMany({
        where,
        include: { account: { select: { displayName: true } } },
        orderBy: [{ createdAt: 'asc' }, { number: 'asc' }],
        ...window,
      }),
    countByState: async () => {
      const groups = await prisma.ticket.groupBy({
        by: ['state'],
        where: base,
        _count: { _all: true },
      });
      return groups;
    },
  });
  // The messages of the page's tickets only: a `_count` in the find aggregated every message of
  // every ticket the filters match.
  const messageCounts = await prisma.ticketMessage.groupBy({
    by: ['ticketId'],
    where: { ticketId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const messagesOf = new Map(messageCounts.map((m) => [m.ticketId, m._count._all]));
  return {
    items: rows.map((row) => ({
      ...toTicket({ ...row, _count: { messages: messagesOf.get(row.id) ?? 0 } }),
      requesterName: row.account.displayName,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}
