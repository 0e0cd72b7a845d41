import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';

export function getBasicInfo(): Promise<BasicInfo> {
  return api<BasicInfo>('/api/profile/basic');
}

// Under 'profile' so that invalidating ['profile'] after any profile change refreshes it too.
export const basicInfoQueryKey = ['profile', 'basic'] as const;

export function getBasicInfoQueryOptions() {
  return queryOptions({ queryKey: basicInfoQueryKey, queryFn: getBasicInfo });
}

export function useBasicInfo() {
  return useQuery(getBasicInfoQueryOptions());
}
