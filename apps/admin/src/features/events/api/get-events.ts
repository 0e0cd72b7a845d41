import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { EventListQuery, StaffEventPage } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { eventKeys } from './event-keys';

export function getEvents(query: EventListQuery): Promise<StaffEventPage> {
  return api<StaffEventPage>('/api/admin/events', { query });
}

/** Without a query: the key of every event list, for invalidation. */
export function getEventsQueryOptions(query?: EventListQuery) {
  return queryOptions({
    queryKey: query ? [...eventKeys.lists, query] : eventKeys.lists,
    queryFn: () => getEvents(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useEvents(query: EventListQuery) {
  return useQuery(getEventsQueryOptions(query));
}
