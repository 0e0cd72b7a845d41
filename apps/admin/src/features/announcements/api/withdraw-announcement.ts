import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Announcement } from '@lx/shared/announcement-schemas';
import { api } from '@lx/ui/api-client';
import { getAnnouncementsQueryOptions } from './get-announcements';

export function withdrawAnnouncement({
  id,
  version,
}: {
  id: string;
  version: number;
}): Promise<Announcement> {
  return api<Announcement>(`/api/admin/announcements/${encodeURIComponent(id)}/withdraw`, {
    method: 'POST',
    body: { version },
  });
}

export function useWithdrawAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawAnnouncement,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: getAnnouncementsQueryOptions().queryKey }),
  });
}
