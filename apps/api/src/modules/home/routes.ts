import { homeSchema } from '@lx/shared/home-schemas';
import type { App } from '../../lib/app-types.ts';
import { workItemsFor } from './work-items.ts';

export async function homeRoutes(app: App) {
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
    async (request) => {
      const auth = request.requireAuth();
      const [workItems, announcements, unreadNotifications, association] = await Promise.all([
        workItemsFor(app.prisma, auth),
        app.prisma.announcement.findMany({
          where: { state: 'PUBLISHED' },
          orderBy: [{ pinned: 'desc' }, { publishedAt: 'desc' }],
          take: 6,
        }),
        app.prisma.notification.count({ where: { accountId: auth.accountId, readAt: null } }),
        app.prisma.association.findFirst(),
      ]);
      return {
        workItems,
        announcements: announcements.map((a) => ({
          id: a.id,
          title: a.title,
          pinned: a.pinned,
          publishedAt: a.publishedAt!.toISOString(),
        })),
        unreadNotifications,
        association: {
          name: association?.name ?? '律师协会',
          supportPhone: association?.supportPhone ?? '',
          supportEmail: association?.supportEmail ?? '',
        },
      };
    },
  );
}
