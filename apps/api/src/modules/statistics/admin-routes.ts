import { statisticsQuerySchema, statisticsSchema } from '@lx/shared/statistics-schemas';
import type { App } from '../../lib/app-types.ts';
import { statisticsReport } from './statistics-report.ts';

/** 统计分析 (会员管理员, 系统管理员): the dashboard's figures for a date range. */
export async function statisticsAdminRoutes(app: App) {
  app.get(
    '/api/admin/statistics',
    {
      config: { access: { permission: 'statistics.read' } },
      schema: {
        tags: ['statistics'],
        summary: '统计分析（会员构成、档案完成、发放量、审核时长、工单、活动、培训达标）',
        querystring: statisticsQuerySchema,
        response: { 200: statisticsSchema },
      },
    },
    async (request) => statisticsReport(app.prisma, request.query),
  );
}
