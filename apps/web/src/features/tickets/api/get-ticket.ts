import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';

export const ticketsQueryKey = ['tickets'] as const;

export function getTicket(id: string): Promise<TicketDetail> {
  return api<TicketDetail>(`/api/tickets/${encodeURIComponent(id)}`);
}

export function getTicketQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...ticketsQueryKey, 'detail', id] as const,
    queryFn: () => getTicket(id),
    // Staff answer meanwhile; the page always starts from the latest thread.
    staleTime: 0,
  });
}

export function useTicket(id: string) {
  return useQuery(getTicketQueryOptions(id));
}

/** A ticket the API answered with after a change: shown at once, the lists refetched. */
export function storeTicket(queryClient: QueryClient, ticket: TicketDetail): void {
  queryClient.setQueryData(getTicketQueryOptions(ticket.id).queryKey, ticket);
}

export function invalidateTickets(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ticketsQueryKey });
}
