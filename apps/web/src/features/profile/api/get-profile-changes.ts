import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProfileChange } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export const PROFILE_CHANGES_PAGE_SIZE = 10;

export function getProfileChanges(page: number): Promise<Page<ProfileChange>> {
  return api<Page<ProfileChange>>('/api/profile/changes', {
    query: { page, pageSize: PROFILE_CHANGES_PAGE_SIZE },
  });
}

export function getProfileChangesQueryOptions(page: number) {
  return queryOptions({
    queryKey: ['profile', 'changes', page] as const,
    queryFn: () => getProfileChanges(page),
    placeholderData: keepPreviousData,
  });
}

export function useProfileChanges(page: number) {
  return useQuery(getProfileChangesQueryOptions(page));
}
