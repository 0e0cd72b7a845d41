import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileDetail } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { getProfileDetailQueryOptions } from './get-profile-detail';
import { getProfileQueueQueryOptions } from './get-profile-queue';

/** 驳回 with the reviewer's opinion; 409 when the profile changed or someone decided first. */
export function rejectProfile({
  id,
  version,
  opinion,
}: {
  id: string;
  version: number;
  opinion: string;
}): Promise<ProfileDetail> {
  return api<ProfileDetail>(`/api/admin/profiles/${encodeURIComponent(id)}/reject`, {
    method: 'POST',
    body: { version, opinion },
  });
}

export function useRejectProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectProfile,
    // Also after a conflict: the page then shows what the other reviewer decided.
    onSettled: (_data, _error, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getProfileDetailQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: getProfileQueueQueryOptions().queryKey }),
      ]),
  });
}
