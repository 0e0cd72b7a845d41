import type { Prisma } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { invalid } from '../../lib/domain-error.ts';

type Tx = Pick<Prisma.TransactionClient, 'ticket' | 'ticketMessage'>;

/**
 * A staff note in a ticket's thread saying what was done about it ("已按工单修改：…"), written in
 * the transaction of the change itself, so the thread never tells of a change that was undone.
 * The ticket must be the member's own: a change is never filed under someone else's request.
 * It leaves the ticket's state alone (replying and resolving stay the desk's decisions).
 */
export async function addTicketNote(
  tx: Tx,
  note: { ticketId: string; memberAccountId: string | null; body: string; actor: Actor },
): Promise<void> {
  const ticket = await tx.ticket.findUnique({
    where: { id: note.ticketId },
    select: { accountId: true },
  });
  if (!ticket || ticket.accountId !== note.memberAccountId) {
    throw invalid('ticketId', '该工单不存在或不是此会员提交的');
  }
  await tx.ticketMessage.create({
    data: {
      ticketId: note.ticketId,
      author: 'STAFF',
      authorId: note.actor.accountId,
      authorName: note.actor.name,
      body: note.body,
    },
  });
  await tx.ticket.update({ where: { id: note.ticketId }, data: { version: { increment: 1 } } });
}
