import { pageQuerySchema } from '@lx/shared/pagination';
import { ticketInputSchema, ticketPageSchema, ticketSchema } from '@lx/shared/ticket-schemas';
import type { App } from '../../lib/app-types.ts';
import { listOwnTickets, openTicket } from './ticket-service.ts';

export async function ticketRoutes(app: App) {
  const tags = ['tickets'];

  app.post(
    '/api/tickets',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: '提交工单',
        body: ticketInputSchema,
        response: { 200: ticketSchema },
      },
    },
    async (request) =>
      openTicket({
        prisma: app.prisma,
        accountId: request.requireAuth().accountId,
        input: request.body,
        actor: request.actor(),
      }),
  );

  app.get(
    '/api/tickets',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: '我的工单',
        querystring: pageQuerySchema,
        response: { 200: ticketPageSchema },
      },
    },
    async (request) => listOwnTickets(app.prisma, request.requireAuth().accountId, request.query),
  );
}
