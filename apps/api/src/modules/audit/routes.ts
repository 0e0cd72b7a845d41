import { auditEntrySchema, auditQuerySchema } from '@lx/shared/audit-schemas';
import { pageOf } from '@lx/shared/pagination';
import type { App } from '../../lib/app-types.ts';
import { findAuditPage } from './audit-list.ts';

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
    async (request) => findAuditPage(app.prisma, request.query),
  );
}
