import { auditEntrySchema, auditQuerySchema } from '@lx/shared/audit-schemas';
import { startOfShanghaiDay } from '@lx/shared/dates';
import { pageOf } from '@lx/shared/pagination';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { App } from '../../lib/app-types.ts';
import { findPage } from '../../lib/find-page.ts';

export async function auditRoutes(app: App) {
  app.get(
    '/api/admin/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: '审计日志',
        querystring: auditQuerySchema,
        response: { 200: pageOf(auditEntrySchema) },
      },
    },
    async (request) => {
      const { page, pageSize, entityType, entityId, action, actor, from, to } = request.query;
      const createdAt: Prisma.DateTimeFilter = {};
      if (from) createdAt.gte = startOfShanghaiDay(from);
      if (to) createdAt.lt = new Date(startOfShanghaiDay(to).getTime() + 86_400_000);
      const where: Prisma.AuditEntryWhereInput = {
        ...(entityType ? { entityType } : {}),
        ...(entityId ? { entityId } : {}),
        ...(action ? { action: { startsWith: action } } : {}),
        ...(actor ? { actorName: { contains: actor } } : {}),
        ...(from || to ? { createdAt } : {}),
      };
      const { rows, total } = await findPage(request.query, {
        find: (window) =>
          app.prisma.auditEntry.findMany({ where, orderBy: { createdAt: 'desc' }, ...window }),
        count: () => app.prisma.auditEntry.count({ where }),
      });
      const items = rows.map((r) => ({
        ...r,
        before: r.before ?? null,
        after: r.after ?? null,
        createdAt: r.createdAt.toISOString(),
      }));
      return { items, total, page, pageSize };
    },
  );
}
