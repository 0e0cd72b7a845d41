import { mailPageSchema } from '@lx/shared/certificate-schemas';
import { text } from '@lx/shared/formats';
import { smsMessageSchema } from '@lx/shared/home-schemas';
import { pageOf, pageQuerySchema } from '@lx/shared/pagination';
import type { App } from '../../lib/app-types.ts';
import { findMailPage, findSmsPage } from './outbox-list.ts';

export async function outboxRoutes(app: App) {
  app.get(
    '/api/admin/sms',
    {
      config: { access: { permission: 'outbox.read' } },
      schema: {
        tags: ['outbox'],
        summary: '短信发件箱',
        querystring: pageQuerySchema.extend({ mobile: text().trim().max(11).optional() }),
        response: { 200: pageOf(smsMessageSchema) },
      },
    },
    async (request) => findSmsPage(app.prisma, request.query),
  );

  app.get(
    '/api/admin/mail',
    {
      config: { access: { permission: 'outbox.read' } },
      schema: {
        tags: ['outbox'],
        summary: '邮件发件箱',
        querystring: pageQuerySchema,
        response: { 200: mailPageSchema },
      },
    },
    async (request) => findMailPage(app.prisma, request.query),
  );
}
