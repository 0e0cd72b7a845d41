import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Announcement } from '@lx/shared/announcement-schemas';
import { api } from '@lx/ui/api-client';
import { getAnnouncementsQueryOptions } from './get-announcements';

export function publishAnnouncement({
  id,
  version,
}: {
  id: string;
  version: number;
}): Promise<Announcement> {
  return api<Announcement>(`/api/admin/announcements/${encodeURIComponent(id)}/publish`, {
    method: 'POST',
    body: { version },
  });
}

export function usePublishAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishAnnouncement,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: getAnnouncementsQueryOptions().queryKey }),
  });
}
