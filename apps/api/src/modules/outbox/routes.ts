import { mailPageSchema } from '@lx/shared/certificate-schemas';
import { text } from '@lx/shared/formats';
import { smsMessageSchema } from '@lx/shared/home-schemas';
import { pageOf, pageQuerySchema } from '@lx/shared/pagination';
import type { App } from '../../lib/app-types.ts';
import { findPage } from '../../lib/find-page.ts';

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
    async (request) => {
      const { page, pageSize, mobile } = request.query;
      const where = mobile ? { mobile: { contains: mobile } } : {};
      const { rows, total } = await findPage(request.query, {
        find: (window) =>
          app.prisma.smsMessage.findMany({ where, orderBy: { createdAt: 'desc' }, ...window }),
        count: () => app.prisma.smsMessage.count({ where }),
      });
      const jobs = await app.prisma.job.findMany({
        where: { idempotencyKey: { in: rows.map((r) => `sms:${r.id}`) } },
        select: { idempotencyKey: true, state: true, attempts: true, lastError: true },
      });
      const jobOf = new Map(jobs.map((j) => [j.idempotencyKey, j]));
      const items = rows.map((r) => {
        const job = jobOf.get(`sms:${r.id}`);
        const state = r.sentAt
          ? ('SENT' as const)
          : job?.state === 'FAILED'
            ? ('FAILED' as const)
            : ('PENDING' as const);
        return {
          id: r.id,
          mobile: r.mobile,
          purpose: r.purpose,
          content: r.content,
          provider: r.provider,
          state,
          attempts: job?.attempts ?? 0,
          lastError: job?.lastError ?? null,
          sentAt: r.sentAt?.toISOString() ?? null,
          createdAt: r.createdAt.toISOString(),
        };
      });
      return { items, total, page, pageSize };
    },
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
    async (request) => {
      const { rows, total } = await findPage(request.query, {
        find: (window) =>
          app.prisma.mailMessage.findMany({ orderBy: { createdAt: 'desc' }, ...window }),
        count: () => app.prisma.mailMessage.count(),
      });
      return {
        items: rows.map((m) => ({
          id: m.id,
          to: m.to,
          subject: m.subject,
          attachmentNames: (m.attachments as { filename: string }[]).map((a) => a.filename),
          transport: m.transport,
          sentAt: m.sentAt?.toISOString() ?? null,
          createdAt: m.createdAt.toISOString(),
        })),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
}
