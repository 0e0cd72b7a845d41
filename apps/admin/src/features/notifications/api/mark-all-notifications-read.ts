import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';
import { getNotificationsQueryOptions } from './get-notifications';

export function markAllNotificationsRead(): Promise<void> {
  return api<void>('/api/notifications/read-all', { method: 'POST' });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: getNotificationsQueryOptions().queryKey }),
  });
}
