import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CardQueue, CardQueueQuery } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';

export function getCardQueue(query: CardQueueQuery): Promise<CardQueue> {
  return api<CardQueue>('/api/admin/card-applications', { query });
}

/** Without a query: the key of every queue list, for invalidation after a transition. */
export function getCardQueueQueryOptions(query?: CardQueueQuery) {
  return queryOptions({
    queryKey: query ? ['card-applications', 'queue', query] : ['card-applications', 'queue'],
    queryFn: () => getCardQueue(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useCardQueue(query: CardQueueQuery) {
  return useQuery(getCardQueueQueryOptions(query));
}
