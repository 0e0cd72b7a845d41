import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MemberEvent, MemberEventQuery } from '@lx/shared/event-schemas';
import type { Page } from '@lx/shared/pagination';
import { api } from '@lx/ui/api-client';
import { eventsQueryKey } from './get-event';

/** 正在报名的活动 (tab=open) or 我已报名的活动 (tab=mine), one page of it. */
export function getEvents(query: MemberEventQuery): Promise<Page<MemberEvent>> {
  return api<Page<MemberEvent>>('/api/events', { query });
}

export function getEventsQueryOptions(query: MemberEventQuery) {
  return queryOptions({
    queryKey: [...eventsQueryKey, 'list', query] as const,
    queryFn: () => getEvents(query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useEvents(query: MemberEventQuery) {
  return useQuery(getEventsQueryOptions(query));
}
