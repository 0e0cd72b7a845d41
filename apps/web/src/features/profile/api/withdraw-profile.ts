import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProfileOverview } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { getProfileOverviewQueryOptions } from './get-profile-overview';

/** 撤回信息补全申请: the submitted profile goes back to draft. */
export function withdrawProfile(input: { version: number }): Promise<ProfileOverview> {
  return api<ProfileOverview>('/api/profile/withdraw', { method: 'POST', body: input });
}

export function useWithdrawProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawProfile,
    onSuccess: (overview) => {
      queryClient.setQueryData(getProfileOverviewQueryOptions().queryKey, overview);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['profile'] }),
  });
}
