import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Notification } from '@lx/shared/notification-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export type NotificationFilter = 'all' | 'unread' | 'read';
export type NotificationsQuery = { page: number; pageSize: number; filter: NotificationFilter };

export function getNotifications({
  page,
  pageSize,
  filter,
}: NotificationsQuery): Promise<Page<Notification>> {
  const unread = filter === 'all' ? undefined : filter === 'unread';
  return api<Page<Notification>>('/api/notifications', { query: { page, pageSize, unread } });
}

/** Every notifications query starts with this key, so one invalidation refreshes lists and badge. */
export const notificationsQueryKey = ['notifications'] as const;

export function getNotificationsQueryOptions(query: NotificationsQuery) {
  return queryOptions({
    queryKey: [...notificationsQueryKey, 'list', query] as const,
    queryFn: () => getNotifications(query),
    placeholderData: keepPreviousData,
  });
}

export function useNotifications(query: NotificationsQuery) {
  return useQuery(getNotificationsQueryOptions(query));
}

/** The number of unread notifications, for the badge in the header; refreshed every minute. */
export function useUnreadNotificationCount(): number {
  const { data } = useQuery({
    ...getNotificationsQueryOptions({ page: 1, pageSize: 1, filter: 'unread' }),
    refetchInterval: 60_000,
  });
  return data?.total ?? 0;
}
