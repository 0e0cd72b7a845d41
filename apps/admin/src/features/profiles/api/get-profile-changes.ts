import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProfileChange } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export type ProfileChangesQuery = { id: string; page: number; pageSize: number };

export function getProfileChanges({
  id,
  page,
  pageSize,
}: ProfileChangesQuery): Promise<Page<ProfileChange>> {
  return api<Page<ProfileChange>>(`/api/admin/profiles/${encodeURIComponent(id)}/changes`, {
    query: { page, pageSize },
  });
}

/** Without a query: the key of every change log, for invalidation. */
export function getProfileChangesQueryOptions(query?: ProfileChangesQuery) {
  return queryOptions({
    queryKey: query ? ['admin-profile-changes', query] : ['admin-profile-changes'],
    queryFn: () => getProfileChanges(query ?? { id: '', page: 1, pageSize: 10 }),
    enabled: Boolean(query?.id),
    placeholderData: keepPreviousData,
  });
}

export function useProfileChanges(query: ProfileChangesQuery) {
  return useQuery(getProfileChangesQueryOptions(query));
}
