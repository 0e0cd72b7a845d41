import type { PageQuery } from '@lx/shared/pagination';
import type { Ticket, TicketInput } from '@lx/shared/ticket-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { findPage } from '../../lib/find-page.ts';

type Row = Prisma.TicketGetPayload<object>;

export function toTicket(row: Row): Ticket {
  return {
    id: row.id,
    number: `GD${String(row.number).padStart(6, '0')}`,
    category: row.category as Ticket['category'],
    title: row.title,
    description: row.description,
    link: row.link,
    state: row.state,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function openTicket(options: {
  prisma: PrismaClient;
  accountId: string;
  input: TicketInput;
  actor: Actor;
}): Promise<Ticket> {
  const { prisma, accountId, input, actor } = options;
  return prisma.$transaction(async (tx) => {
    const row = await tx.ticket.create({
      data: {
        accountId,
        category: input.category,
        title: input.title,
        description: input.description,
        link: input.link ?? null,
      },
    });
    await recordAudit(tx, actor, {
      action: 'ticket.opened',
      entityType: 'Ticket',
      entityId: row.id,
      after: { category: input.category, title: input.title, link: input.link },
    });
    return toTicket(row);
  });
}

export async function listOwnTickets(prisma: PrismaClient, accountId: string, query: PageQuery) {
  const where = { accountId };
  const { rows, total } = await findPage(query, {
    find: (window) => prisma.ticket.findMany({ where, orderBy: { createdAt: 'desc' }, ...window }),
    count: () => prisma.ticket.count({ where }),
  });
  return { items: rows.map(toTicket), total, page: query.page, pageSize: query.pageSize };
}
