import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageQuerySchema } from '@lx/shared/pagination';
import {
  ticketDetailSchema,
  ticketInputSchema,
  ticketMessageInputSchema,
  ticketPageSchema,
  ticketQueueQuerySchema,
  ticketQueueSchema,
} from '@lx/shared/ticket-schemas';
import { TICKET_WORKFLOW } from '@lx/shared/ticket-workflow';
import type { Access } from '../../lib/access.ts';
import type { App } from '../../lib/app-types.ts';
import { notFound } from '../../lib/domain-error.ts';
import { readFormWithAttachments } from '../../lib/read-form.ts';
import { sendUpload } from '../../lib/send-file.ts';
import { findTicketQueue } from './ticket-queue.ts';
import {
  addTicketMessage,
  changeTicket,
  getTicketDetail,
  type TicketChange,
  listOwnTickets,
  openTicket,
} from './ticket-management.ts';

const idParams = z.object({ id: z.uuid({ error: '工单编号格式不正确' }) });
const attachmentParams = idParams.extend({ attachmentId: z.uuid({ error: '附件编号格式不正确' }) });
const emptyBody = z.object({}).optional();

/** A ticket's attachment (of the member's own ticket, when `accountId` is given), as a download. */
async function sendAttachment(
  app: App,
  reply: FastifyReply,
  where: { ticketId: string; attachmentId: string; accountId?: string },
) {
  const attachment = await app.prisma.ticketAttachment.findFirst({
    where: {
      id: where.attachmentId,
      message: {
        ticketId: where.ticketId,
        ...(where.accountId ? { ticket: { accountId: where.accountId } } : {}),
      },
    },
  });
  const bytes = attachment ? await app.storage.get(attachment.key) : null;
  if (!attachment || !bytes) throw notFound('附件');
  return sendUpload(reply, attachment, bytes);
}

export async function ticketRoutes(app: App) {
  const tags = ['tickets'];
  const member = { access: 'member' } as const;
  const desk = { access: { permission: 'ticket.handle' } } as const;
  const accountOf = (request: FastifyRequest) => request.requireAuth().accountId;

  app.post(
    '/api/tickets',
    {
      config: member,
      schema: {
        tags,
        summary: '提交工单（JSON，或 multipart：文字字段 + 最多 10 个附件 attachments）',
        response: { 201: ticketDetailSchema },
      },
    },
    async (request, reply) => {
      const { input, files } = await readFormWithAttachments(request, ticketInputSchema);
      const ticket = await openTicket({
        prisma: app.prisma,
        storage: app.storage,
        accountId: accountOf(request),
        input,
        files,
        actor: request.actor(),
      });
      reply.code(201);
      return ticket;
    },
  );

  app.get(
    '/api/tickets',
    {
      config: member,
      schema: {
        tags,
        summary: '我的工单',
        querystring: pageQuerySchema,
        response: { 200: ticketPageSchema },
      },
    },
    async (request) => listOwnTickets(app.prisma, accountOf(request), request.query),
  );

  // The support desk's queue.
  app.get(
    '/api/admin/tickets',
    {
      config: desk,
      schema: {
        tags,
        summary: '工单队列',
        querystring: ticketQueueQuerySchema,
        response: { 200: ticketQueueSchema },
      },
    },
    async (request) => findTicketQueue(app.prisma, request.query, accountOf(request)),
  );

  // The member and the support desk see the same ticket: the member only their own (another
  // member's is not found), the desk any; each side has its own changes of state.
  const SIDES: readonly {
    prefix: string;
    config: { access: Access };
    owner: (request: FastifyRequest) => string | undefined;
    reply: string;
    /** Path segment → the table's action, which gives the summary and who may make it. */
    changes: Record<string, TicketChange>;
  }[] = [
    {
      prefix: '/api/tickets',
      config: member,
      owner: (request: FastifyRequest): string | undefined => accountOf(request),
      reply: '追问（JSON 或 multipart）',
      changes: { close: 'close', cancel: 'cancel' },
    },
    {
      prefix: '/api/admin/tickets',
      config: desk,
      owner: (): string | undefined => undefined,
      reply: '回复（JSON 或 multipart）',
      changes: { assign: 'assign', close: 'resolve' },
    },
  ];

  for (const side of SIDES) {
    app.get(
      `${side.prefix}/:id`,
      {
        config: side.config,
        schema: {
          tags,
          summary: '工单详情',
          params: idParams,
          response: { 200: ticketDetailSchema },
        },
      },
      async (request) => getTicketDetail(app.prisma, request.params.id, side.owner(request)),
    );

    app.post(
      `${side.prefix}/:id/messages`,
      {
        config: side.config,
        schema: {
          tags,
          summary: side.reply,
          params: idParams,
          response: { 200: ticketDetailSchema },
        },
      },
      async (request) => {
        const { input, files } = await readFormWithAttachments(request, ticketMessageInputSchema);
        const accountId = side.owner(request);
        return addTicketMessage({
          prisma: app.prisma,
          storage: app.storage,
          ticketId: request.params.id,
          body: input.body,
          files,
          by: accountId ? { kind: 'MEMBER', accountId } : { kind: 'STAFF' },
          actor: request.actor(),
        });
      },
    );

    for (const [segment, change] of Object.entries(side.changes)) {
      app.post(
        `${side.prefix}/:id/${segment}`,
        {
          config: side.config,
          schema: {
            tags,
            summary: TICKET_WORKFLOW.transitions[change].label,
            params: idParams,
            body: emptyBody,
            response: { 200: ticketDetailSchema },
          },
        },
        async (request) =>
          changeTicket({
            prisma: app.prisma,
            ticketId: request.params.id,
            change,
            accountId: side.owner(request),
            actor: request.actor(),
          }),
      );
    }

    app.get(
      `${side.prefix}/:id/attachments/:attachmentId`,
      {
        config: side.config,
        schema: { tags, summary: '工单附件（下载）', params: attachmentParams },
      },
      async (request, reply) =>
        sendAttachment(app, reply, {
          ticketId: request.params.id,
          attachmentId: request.params.attachmentId,
          accountId: side.owner(request),
        }),
    );
  }
}
