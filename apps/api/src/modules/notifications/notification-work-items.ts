import type { WorkItemSource } from '../home/work-items.ts';
import { countUnreadNotifications } from './notification-list.ts';

/** Anyone with unread messages. */
export const unreadNotificationWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  const unread = await countUnreadNotifications(prisma, auth.accountId);
  if (unread === 0) return [];
  return [
    {
      key: 'notifications',
      title: '未读消息',
      description: `您有 ${unread} 条未读消息。`,
      link: '/notifications',
      level: 'info',
      count: unread,
    },
  ];
};
