import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { MemberEvent, MemberRegistration } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';

/** Every query of the events pages is under this key; each change invalidates it. */
export const eventsQueryKey = ['events'] as const;

/** One event as this member sees it, with this account's registrations (404 if not visible). */
export function getEvent(id: string): Promise<MemberEvent> {
  return api<MemberEvent>(`/api/events/${encodeURIComponent(id)}`);
}

export function getEventQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...eventsQueryKey, 'detail', id] as const,
    queryFn: () => getEvent(id),
    // Places go as others register: the page always starts from the latest count.
    staleTime: 0,
  });
}

export function useEvent(id: string) {
  return useQuery(getEventQueryOptions(id));
}

/** A registration the API answered with after a change: shown at once in its event's page. */
export function storeRegistration(queryClient: QueryClient, registration: MemberRegistration) {
  queryClient.setQueryData(getEventQueryOptions(registration.eventId).queryKey, (event) => {
    if (!event) return event;
    const known = event.registrations.some((r) => r.id === registration.id);
    return {
      ...event,
      registrations: known
        ? event.registrations.map((r) => (r.id === registration.id ? registration : r))
        : [...event.registrations, registration],
    };
  });
}

/** After any change (or a refusal: the event moved on meanwhile) places and lists are refetched. */
export function invalidateEvents(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: eventsQueryKey });
}
