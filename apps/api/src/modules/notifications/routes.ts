import { z } from 'zod';
import { notificationSchema } from '@lx/shared/notification-schemas';
import { pageOf, pageQuerySchema } from '@lx/shared/pagination';
import type { App } from '../../lib/app-types.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findNotificationPage } from './notification-list.ts';

export async function notificationRoutes(app: App) {
  const tags = ['notifications'];

  app.get(
    '/api/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '我的消息',
        querystring: pageQuerySchema.extend({ unread: z.enum(['true', 'false']).optional() }),
        response: { 200: pageOf(notificationSchema) },
      },
    },
    async (request) =>
      findNotificationPage(app.prisma, request.requireAuth().accountId, request.query),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '标为已读', params: z.object({ id: z.uuid() }) },
    },
    async (request, reply) => {
      const { accountId } = request.requireAuth();
      // Scoped by account: someone else's notification id is simply not found.
      const { count } = await app.prisma.notification.updateMany({
        where: { id: request.params.id, accountId },
        data: { readAt: new Date() },
      });
      if (count === 0) throw notFound('消息');
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/notifications/read-all',
    { config: { access: 'authenticated' }, schema: { tags, summary: '全部标为已读' } },
    async (request, reply) => {
      const { accountId } = request.requireAuth();
      await app.prisma.notification.updateMany({
        where: { accountId, readAt: null },
        data: { readAt: new Date() },
      });
      return reply.status(204).send();
    },
  );
}
