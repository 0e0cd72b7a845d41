import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationPreferences, NotificationSettings } from '@lx/shared/awaited-results';
import { api } from '@lx/ui/api-client';

const KEY = ['account', 'notification-preferences'] as const;

export const notificationSettingsQuery = () =>
  queryOptions({
    queryKey: KEY,
    queryFn: () => api<NotificationSettings>('/api/account/notification-preferences'),
  });

export const useNotificationSettings = () => useQuery(notificationSettingsQuery());

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationPreferences) =>
      api<NotificationSettings>('/api/account/notification-preferences', {
        method: 'PUT',
        body: input,
      }),
    onSuccess: (settings) => queryClient.setQueryData(KEY, settings),
  });
}
