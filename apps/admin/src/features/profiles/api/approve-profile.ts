import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileDetail } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { getProfileDetailQueryOptions } from './get-profile-detail';
import { getProfileQueueQueryOptions } from './get-profile-queue';

/** 审核通过 the version the reviewer looked at; 409 when it changed or someone decided first. */
export function approveProfile({
  id,
  version,
}: {
  id: string;
  version: number;
}): Promise<ProfileDetail> {
  return api<ProfileDetail>(`/api/admin/profiles/${encodeURIComponent(id)}/approve`, {
    method: 'POST',
    body: { version },
  });
}

export function useApproveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveProfile,
    // Also after a conflict: the page then shows what the other reviewer decided.
    onSettled: (_data, _error, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getProfileDetailQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: getProfileQueueQueryOptions().queryKey }),
      ]),
  });
}
