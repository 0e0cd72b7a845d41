import { randomUUID } from 'node:crypto';
import type { PageQuery } from '@lx/shared/pagination';
import type { Ticket, TicketDetail, TicketInput } from '@lx/shared/ticket-schemas';
import {
  TICKET_STATE_LABELS,
  TICKET_WORKFLOW,
  type TicketAction,
  type TicketState,
} from '@lx/shared/ticket-workflow';
import { canApply, isFinalState, targetOf } from '@lx/shared/workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { countRows, directSql, sqlFragment } from '../../db/direct-sql.ts';
import { recordAudit, snapshotJson } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/domain-error.ts';
import { findPage } from '../../lib/find-page.ts';
import type { FormFile } from '../../lib/read-form.ts';
import type { Storage } from '../../lib/storage.ts';
import { notify, notifyResult } from '../notifications/notify.ts';
import { NEWEST_FIRST, ticketRows } from './ticket-rows.ts';
import { resultNotices } from '../notifications/result-notices.ts';

type Tx = Prisma.TransactionClient;
type Row = Pick<
  Prisma.TicketGetPayload<object>,
  | 'id'
  | 'number'
  | 'category'
  | 'title'
  | 'description'
  | 'link'
  | 'state'
  | 'createdAt'
  | 'updatedAt'
  | 'assigneeName'
> & { _count?: { messages: number } };
export const DETAIL_INCLUDE = {
  account: { select: { displayName: true } },
  messages: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { attachments: { orderBy: { createdAt: 'asc' } } },
  },
} as const satisfies Prisma.TicketInclude;
type DetailRow = Prisma.TicketGetPayload<{ include: typeof DETAIL_INCLUDE }>;

export const formatTicketNo = (n: number) => `GD${String(n).padStart(6, '0')}`;

export function toTicket(row: Row): Ticket {
  return {
    id: row.id,
    number: formatTicketNo(row.number),
    category: row.category as Ticket['category'],
    title: row.title,
    description: row.description,
    link: row.link,
    state: row.state,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    assigneeName: row.assigneeName,
    messageCount: row._count?.messages ?? 0,
  };
}

export function toDetail(row: DetailRow): TicketDetail {
  return {
    ...toTicket({ ...row, _count: { messages: row.messages.length } }),
    version: row.version,
    requesterName: row.account.displayName,
    messages: row.messages.map((m) => ({
      id: m.id,
      author: m.author === 'STAFF' ? 'STAFF' : 'MEMBER',
      authorName: m.authorName,
      body: m.body,
      attachments: m.attachments.map((a) => ({
        id: a.id,
        filename: a.filename,
        contentType:
          a.contentType as TicketDetail['messages'][number]['attachments'][number]['contentType'],
        size: a.size,
      })),
      createdAt: m.createdAt.toISOString(),
    })),
    canCancel: canApply(TICKET_WORKFLOW, 'cancel', row.state),
    canClose: canApply(TICKET_WORKFLOW, 'close', row.state),
    canReply: canApply(TICKET_WORKFLOW, 'followUp', row.state),
  };
}

/**
 * Stores the files first and returns what to record with the message; `discard` removes them
 * again when the database does not take the message, so no file is left without a row.
 */
async function storeFiles(storage: Storage, ticketId: string, files: FormFile[]) {
  const stored: { filename: string; contentType: string; size: number; key: string }[] = [];
  for (const file of files) {
    const key = `ticket-attachments/${ticketId}/${randomUUID()}`;
    await storage.putStaged(key, file.path, file.type);
    stored.push({
      filename: file.filename.slice(0, 200) || '附件',
      contentType: file.type,
      size: file.size,
      key,
    });
  }
  return { stored, discard: () => Promise.all(stored.map((s) => storage.delete(s.key))) };
}

export async function getTicketDetail(db: PrismaClient | Tx, id: string, accountId?: string) {
  const row = await db.ticket.findFirst({
    where: { id, ...(accountId ? { accountId } : {}) },
    include: DETAIL_INCLUDE,
  });
  if (!row) throw notFound('工单');
  return toDetail(row);
}

type OpenedRow = Omit<DetailRow, 'account' | 'messages'> & {
  messageId: string;
  authorName: string;
  messageCreatedAt: Date;
};

/**
 * 提交工单: the ticket, its first message with the attachments and the audit entry in one
 * statement on the direct lane (issue 17: ten statements in a transaction before), atomic as any
 * one statement is; the answer is built from what it returned.
 */
export async function openTicket(options: {
  prisma: PrismaClient;
  storage: Storage;
  accountId: string;
  input: TicketInput;
  files?: FormFile[];
  actor: Actor;
}): Promise<TicketDetail> {
  const { prisma, storage, accountId, input, actor } = options;
  const id = randomUUID();
  const { stored, discard } = await storeFiles(storage, id, options.files ?? []);
  const attachments = stored.map((file) => ({ id: randomUUID(), ...file }));
  const after = snapshotJson({
    category: input.category,
    title: input.title,
    link: input.link,
    attachments: stored.length,
  });
  try {
    const [row] = await directSql(prisma)<OpenedRow>`
      WITH ticket AS (
        INSERT INTO "Ticket" (id, "accountId", category, title, description, link, "updatedAt")
        VALUES (${id}::uuid, ${accountId}::uuid, ${input.category}::text, ${input.title}::text,
          ${input.description}::text, ${input.link ?? null}::text, now())
        RETURNING *
      ), message AS (
        INSERT INTO "TicketMessage" (id, "ticketId", author, "authorId", "authorName", body)
        SELECT ${randomUUID()}::uuid, t.id, 'MEMBER', t."accountId", a."displayName", t.description
        FROM ticket t JOIN "Account" a ON a.id = t."accountId"
        RETURNING id, "authorName", "createdAt"
      ), attachment AS (
        INSERT INTO "TicketAttachment" (id, "messageId", filename, "contentType", size, key)
        SELECT f.id, m.id, f.filename, f."contentType", f.size, f.key
        FROM message m CROSS JOIN jsonb_to_recordset(${JSON.stringify(attachments)}::jsonb)
          AS f(id uuid, filename text, "contentType" text, size int, key text)
      ), audit AS (
        INSERT INTO "AuditEntry"
          (id, "actorId", "actorName", action, "entityType", "entityId", after, "requestId", ip)
        SELECT ${randomUUID()}::uuid, ${actor.accountId}::uuid, ${actor.name}::text,
          'ticket.opened', 'Ticket', id::text, ${after}::jsonb, ${actor.requestId ?? null}::text,
          ${actor.ip ?? null}::text
        FROM ticket
      )
      SELECT t.id::text, t.number, t."accountId"::text, t.category, t.title, t.description, t.link,
        t.state::text, t.version, t."assigneeId"::text, t."assigneeName", t."closedAt",
        t."createdAt", t."updatedAt", m.id::text AS "messageId", m."authorName",
        m."createdAt" AS "messageCreatedAt"
      FROM ticket t CROSS JOIN message m`;
    if (!row) throw new Error('openTicket: the ticket was not written');
    const { messageId, authorName, messageCreatedAt, ...ticket } = row;
    return toDetail({
      ...ticket,
      account: { displayName: authorName },
      messages: [
        {
          id: messageId,
          ticketId: id,
          author: 'MEMBER',
          authorId: accountId,
          authorName,
          body: input.description,
          createdAt: messageCreatedAt,
          attachments: attachments.map((a) => ({
            ...a,
            messageId,
            createdAt: messageCreatedAt,
          })),
        },
      ],
    });
  } catch (error) {
    await discard();
    throw error;
  }
}

/**
 * A member's own tickets, newest first: the page (`ticketRows`, on the `("accountId", "createdAt")`
 * index) and its total, two statements on the direct lane in parallel.
 */
export async function listOwnTickets(prisma: PrismaClient, accountId: string, query: PageQuery) {
  const sql = directSql(prisma);
  const { rows, total } = await findPage(query, {
    find: (window) =>
      ticketRows(sql, {
        where: sqlFragment`t."accountId" = ${accountId}::uuid`,
        order: NEWEST_FIRST,
        ...window,
      }),
    count: () => countRows(sql, sqlFragment`"Ticket" WHERE "accountId" = ${accountId}::uuid`),
  });
  return {
    items: rows.map(({ requesterName: _, messageCount, ...row }) =>
      toTicket({ ...row, _count: { messages: messageCount } }),
    ),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Locks the ticket's row so a reply and a close (or two replies) are applied one after another. */
async function lockTicket(tx: Tx, id: string, accountId?: string) {
  await tx.$queryRaw`SELECT id FROM "Ticket" WHERE id = ${id}::uuid FOR UPDATE`;
  const row = await tx.ticket.findFirst({ where: { id, ...(accountId ? { accountId } : {}) } });
  if (!row) throw notFound('工单');
  return row;
}

/**
 * A message in the thread: a member's follow-up (back to 处理中 when someone has it, else 待处理) or
 * a staff reply (已回复, and the member is notified).
 */
export async function addTicketMessage(options: {
  prisma: PrismaClient;
  storage: Storage;
  ticketId: string;
  body: string;
  files?: FormFile[];
  by: { kind: 'MEMBER'; accountId: string } | { kind: 'STAFF' };
  actor: Actor;
}): Promise<TicketDetail> {
  const { prisma, storage, ticketId, by, actor } = options;
  // Another member's ticket is not found before anything is stored.
  const exists = await prisma.ticket.findFirst({
    where: { id: ticketId, ...(by.kind === 'MEMBER' ? { accountId: by.accountId } : {}) },
    select: { id: true },
  });
  if (!exists) throw notFound('工单');
  const { stored, discard } = await storeFiles(storage, ticketId, options.files ?? []);
  try {
    return await prisma.$transaction(async (tx) => {
      const ticket = await lockTicket(
        tx,
        ticketId,
        by.kind === 'MEMBER' ? by.accountId : undefined,
      );
      const action = by.kind === 'STAFF' ? 'reply' : 'followUp';
      if (!canApply(TICKET_WORKFLOW, action, ticket.state)) {
        throw conflict(`该工单${TICKET_STATE_LABELS[ticket.state]}，不能再回复`);
      }
      const state = targetOf(TICKET_WORKFLOW, action, ticket.state);
      await tx.ticketMessage.create({
        data: {
          ticketId,
          author: by.kind,
          authorId: actor.accountId,
          authorName: actor.name,
          body: options.body,
          attachments: { create: stored },
        },
      });
      await tx.ticket.update({
        where: { id: ticketId },
        data: {
          state,
          version: { increment: 1 },
          ...(by.kind === 'STAFF' && !ticket.assigneeId
            ? { assigneeId: actor.accountId, assigneeName: actor.name }
            : {}),
        },
      });
      await recordAudit(tx, actor, {
        action: by.kind === 'STAFF' ? 'ticket.replied' : 'ticket.followed-up',
        entityType: 'Ticket',
        entityId: ticketId,
        before: { state: ticket.state },
        after: { state, attachments: stored.length },
      });
      if (by.kind === 'STAFF') {
        await notifyResult(
          tx,
          ticket.accountId,
          resultNotices.ticketReplied({
            number: formatTicketNo(ticket.number),
            title: ticket.title,
            reply: options.body,
            link: `/tickets/${ticketId}`,
          }),
        );
      }
      return getTicketDetail(tx, ticketId);
    });
  } catch (error) {
    await discard();
    throw error;
  }
}

/** The changes of state that are their own request (a reply is a message). */
export type TicketChange = Exclude<TicketAction, 'reply' | 'followUp'>;

function refusal(change: TicketChange, state: TicketState): string {
  if (!isFinalState(TICKET_WORKFLOW, state)) {
    // Only the member's 关闭 is refused while the ticket is still open: nobody has taken it up.
    return '工单尚未受理，不能关闭；如不再需要，请取消工单';
  }
  if (change === 'cancel') return '只有未关闭的工单可以取消';
  return change === 'assign' ? '该工单已结束，不能指派' : '该工单已结束';
}

/**
 * 指派给我 and 标记已解决 (staff), 关闭工单 and 取消工单 (the member), each a guarded change of state:
 * the row is locked and the change checked against the table. The member's changes come with
 * `accountId` (their own ticket only); the table says which side may make which.
 */
export async function changeTicket(options: {
  prisma: PrismaClient;
  ticketId: string;
  change: TicketChange;
  accountId?: string;
  actor: Actor;
}): Promise<TicketDetail> {
  const { prisma, ticketId, change, actor } = options;
  const rule = TICKET_WORKFLOW.transitions[change];
  if (rule.by !== (options.accountId ? 'member' : 'staff')) {
    throw new Error(`ticket change ${change} is not the ${rule.by}'s to make`);
  }
  return prisma.$transaction(async (tx) => {
    const ticket = await lockTicket(tx, ticketId, options.accountId);
    if (!canApply(TICKET_WORKFLOW, change, ticket.state)) {
      throw conflict(refusal(change, ticket.state));
    }
    const state = targetOf(TICKET_WORKFLOW, change, ticket.state);
    if (change === 'assign' && ticket.assigneeId === actor.accountId) {
      throw conflict('该工单已由您处理');
    }
    await tx.ticket.update({
      where: { id: ticketId },
      data: {
        state,
        version: { increment: 1 },
        ...(change === 'assign' ? { assigneeId: actor.accountId, assigneeName: actor.name } : {}),
        ...(change !== 'assign' ? { closedAt: new Date() } : {}),
      },
    });
    await recordAudit(tx, actor, {
      action: `ticket.${change}`,
      entityType: 'Ticket',
      entityId: ticketId,
      before: { state: ticket.state, assignee: ticket.assigneeName },
      after: { state, ...(change === 'assign' ? { assignee: actor.name } : {}) },
    });
    if (change === 'resolve') {
      await notify(tx, {
        accountId: ticket.accountId,
        title: '您的工单已处理完毕',
        body: `工单 ${formatTicketNo(ticket.number)}“${ticket.title}”已标记为已解决。如仍有问题，请提交新的工单。`,
        link: `/tickets/${ticketId}`,
      });
    }
    return getTicketDetail(tx, ticketId);
  });
}
