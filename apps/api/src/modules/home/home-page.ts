import type { Home } from '@lx/shared/home-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { latestPublishedAnnouncements } from '../announcements/announcement-list.ts';
import type { SessionContext } from '../auth/session-store.ts';
import { countUnreadNotifications } from '../notifications/notification-list.ts';
import { collectWorkItems, type WorkItemSource } from './work-items.ts';

/** The home page: the account's work items, the latest announcements and whom to call. */
export async function getHomePage(options: {
  prisma: PrismaClient;
  auth: SessionContext;
  workItemSources: readonly WorkItemSource[];
}): Promise<Home> {
  const { prisma, auth, workItemSources } = options;
  // Counted once: the page shows it, and the notifications' work item says it.
  const unread = countUnreadNotifications(prisma, auth.accountId);
  const [workItems, announcements, unreadNotifications, association] = await Promise.all([
    collectWorkItems(workItemSources, { prisma, auth, unreadNotifications: unread }),
    latestPublishedAnnouncements(prisma, 6),
    unread,
    prisma.association.findFirst(),
  ]);
  return {
    workItems,
    announcements,
    unreadNotifications,
    association: {
      name: association?.name ?? '律师协会',
      supportPhone: association?.supportPhone ?? '',
      supportEmail: association?.supportEmail ?? '',
    },
  };
}
