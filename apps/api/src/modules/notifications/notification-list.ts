import type { Notification } from '@lx/shared/notification-schemas';
import type { PageQuery } from '@lx/shared/pagination';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';

/** An account's own messages, newest first, optionally only the unread ones. */
export async function findNotificationPage(
  prisma: PrismaClient,
  accountId: string,
  query: PageQuery & { unread?: 'true' | 'false' },
): Promise<{ items: Notification[]; total: number; page: number; pageSize: number }> {
  const where = { accountId, ...(query.unread === 'true' ? { readAt: null } : {}) };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.notification.findMany({ where, orderBy: { createdAt: 'desc' }, ...window }),
    count: () => prisma.notification.count({ where }),
  });
  const items = rows.map((n) => ({
    id: n.id,
    title: n.title,
    body: n.body,
    link: n.link,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
