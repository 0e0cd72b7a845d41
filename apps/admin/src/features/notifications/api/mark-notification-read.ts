import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';
import { getNotificationsQueryOptions } from './get-notifications';

export function markNotificationRead({ id }: { id: string }): Promise<void> {
  return api<void>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: getNotificationsQueryOptions().queryKey }),
  });
}
