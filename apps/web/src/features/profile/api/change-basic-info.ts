import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BasicChange } from '@lx/shared/profile-basic';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { storeBasicInfo } from './save-basic-step';

/** 个人档案变更: after approval, the changeable subset of basic information in one form. */
export function changeBasicInfo(input: BasicChange): Promise<BasicInfo> {
  return api<BasicInfo>('/api/profile/basic', { method: 'PUT', body: input });
}

export function useChangeBasicInfo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeBasicInfo,
    // The change log (近期变更) lives under 'profile' as well and gains an entry.
    onSuccess: (info) => storeBasicInfo(queryClient, info),
  });
}
