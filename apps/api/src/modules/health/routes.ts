import { z } from 'zod';
import type { App } from '../../lib/app-types.ts';
import { directSql } from '../../db/direct-sql.ts';

export async function healthRoutes(app: App) {
  app.get(
    '/api/health',
    {
      config: { access: 'public', rateLimit: false },
      schema: {
        tags: ['system'],
        summary: '健康检查（含数据库）',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.literal('ok'), kind: z.string() }),
          503: z.object({ status: z.literal('error'), database: z.literal('error') }),
        },
      },
    },
    async (request, reply) => {
      try {
        // The driver's own lane: a probe needs no query compiler (~0.15 ms of CPU through Prisma).
        await directSql(app.prisma)`SELECT 1`;
        return { status: 'ok' as const, database: 'ok' as const, kind: app.db.kind };
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unreachable');
        return reply.status(503).send({ status: 'error' as const, database: 'error' as const });
      }
    },
  );
}
