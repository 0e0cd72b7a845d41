import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TicketQueue, TicketQueueQuery } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';

export function getTicketQueue(query: TicketQueueQuery): Promise<TicketQueue> {
  return api<TicketQueue>('/api/admin/tickets', { query });
}

/** Without a query: the key of every queue list, for invalidation after an action. */
export function getTicketQueueQueryOptions(query?: TicketQueueQuery) {
  return queryOptions({
    queryKey: query ? ['tickets', 'queue', query] : ['tickets', 'queue'],
    queryFn: () => getTicketQueue(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useTicketQueue(query: TicketQueueQuery) {
  return useQuery(getTicketQueueQueryOptions(query));
}
