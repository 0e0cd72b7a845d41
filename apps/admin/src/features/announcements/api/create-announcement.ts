import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Announcement, AnnouncementInput } from '@lx/shared/announcement-schemas';
import { api } from '@lx/ui/api-client';
import { getAnnouncementsQueryOptions } from './get-announcements';

export function createAnnouncement(input: AnnouncementInput): Promise<Announcement> {
  return api<Announcement>('/api/admin/announcements', { method: 'POST', body: input });
}

export function useCreateAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAnnouncement,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: getAnnouncementsQueryOptions().queryKey }),
  });
}
