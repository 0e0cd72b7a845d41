import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Announcement, AnnouncementInput } from '@lx/shared/announcement-schemas';
import { api } from '@lx/ui/api-client';
import { getAnnouncementsQueryOptions } from './get-announcements';

export type UpdateAnnouncementVariables = { id: string; version: number; input: AnnouncementInput };

/** Saves an edit of the version the editor started from; 409 when someone else changed it since. */
export function updateAnnouncement({
  id,
  version,
  input,
}: UpdateAnnouncementVariables): Promise<Announcement> {
  return api<Announcement>(`/api/admin/announcements/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: { ...input, version },
  });
}

export function useUpdateAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAnnouncement,
    // Also after a conflict: the list then shows the other person's version.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: getAnnouncementsQueryOptions().queryKey }),
  });
}
