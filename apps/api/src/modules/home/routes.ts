import { homeSchema } from '@lx/shared/home-schemas';
import type { App } from '../../lib/app-types.ts';
import { getHomePage } from './home-page.ts';
import type { WorkItemSource } from './work-items.ts';

export async function homeRoutes(app: App, opts: { workItemSources: readonly WorkItemSource[] }) {
  app.get(
    '/api/home',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['home'],
        summary: '首页：工作事项与通知公告',
        response: { 200: homeSchema },
      },
    },
    async (request) =>
      getHomePage({
        prisma: app.prisma,
        auth: request.requireAuth(),
        workItemSources: opts.workItemSources,
      }),
  );
}
