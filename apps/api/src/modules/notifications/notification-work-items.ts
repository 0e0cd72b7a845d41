import { workItemSource } from '../home/work-items.ts';

/** Anyone with unread messages (the home page counts them for itself; nothing more to read). */
export const unreadNotificationWorkItems = workItemSource<undefined>({
  items: (_, { unreadNotifications: unread }) =>
    unread === 0
      ? []
      : [
          {
            key: 'notifications',
            title: '未读消息',
            description: `您有 ${unread} 条未读消息。`,
            link: '/notifications',
            level: 'info',
            count: unread,
          },
        ],
});
