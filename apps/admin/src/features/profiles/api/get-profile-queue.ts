import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProfileQueue, ProfileQueueQuery } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';

export function getProfileQueue(query: ProfileQueueQuery): Promise<ProfileQueue> {
  return api<ProfileQueue>('/api/admin/profiles', { query });
}

/** Without a query: the key of every queue list, for invalidation after a decision. */
export function getProfileQueueQueryOptions(query?: ProfileQueueQuery) {
  return queryOptions({
    queryKey: query ? ['admin-profile-queue', query] : ['admin-profile-queue'],
    queryFn: () => getProfileQueue(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useProfileQueue(query: ProfileQueueQuery) {
  return useQuery(getProfileQueueQueryOptions(query));
}
