import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileOverview } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { getProfileOverviewQueryOptions } from './get-profile-overview';

/** 正式提交审核, for the version the lawyer is looking at (a stale one answers 409). */
export function submitProfile(input: { version: number }): Promise<ProfileOverview> {
  return api<ProfileOverview>('/api/profile/submit', { method: 'POST', body: input });
}

export function useSubmitProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitProfile,
    onSuccess: (overview) => {
      queryClient.setQueryData(getProfileOverviewQueryOptions().queryKey, overview);
    },
    // Also after a refusal: the state may have changed elsewhere.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['profile'] }),
  });
}
