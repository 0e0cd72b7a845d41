import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';
import { getAnnouncementsQueryOptions } from './get-announcements';

/** Only a draft can be deleted; published ones are withdrawn instead. */
export function deleteAnnouncement({ id }: { id: string }): Promise<void> {
  return api<void>(`/api/admin/announcements/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAnnouncement,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: getAnnouncementsQueryOptions().queryKey }),
  });
}
