import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Notification } from '@lx/shared/notification-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export type NotificationListQuery = { page: number; pageSize: number; unread?: boolean };

export function getNotifications(query: NotificationListQuery): Promise<Page<Notification>> {
  return api<Page<Notification>>('/api/notifications', {
    query: {
      page: query.page,
      pageSize: query.pageSize,
      unread: query.unread ? 'true' : undefined,
    },
  });
}

/** Without a query: the key of every notification list (and of the unread count), for invalidation. */
export function getNotificationsQueryOptions(query?: NotificationListQuery) {
  return queryOptions({
    queryKey: query ? ['notifications', query] : ['notifications'],
    queryFn: () => getNotifications(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useNotifications(query: NotificationListQuery) {
  return useQuery(getNotificationsQueryOptions(query));
}

/** How many notifications are unread, for the header's bell; checked again every minute. */
export function useUnreadNotificationCount(): number {
  const { data } = useQuery({
    ...getNotificationsQueryOptions({ page: 1, pageSize: 1, unread: true }),
    refetchInterval: 60_000,
  });
  return data?.total ?? 0;
}
