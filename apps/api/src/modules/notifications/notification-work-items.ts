import type { WorkItemSource } from '../home/work-items.ts';

/** Anyone with unread messages. */
export const unreadNotificationWorkItems: WorkItemSource = async ({ unreadNotifications }) => {
  const unread = await unreadNotifications;
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
