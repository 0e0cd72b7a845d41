import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Ticket } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';
import { ticketsQueryKey } from './get-ticket';

export type TicketsQuery = { page: number; pageSize: number };

export function getTickets(query: TicketsQuery): Promise<Page<Ticket>> {
  return api<Page<Ticket>>('/api/tickets', { query });
}

export function getTicketsQueryOptions(query: TicketsQuery) {
  return queryOptions({
    queryKey: [...ticketsQueryKey, 'list', query] as const,
    queryFn: () => getTickets(query),
    placeholderData: keepPreviousData,
  });
}

export function useTickets(query: TicketsQuery) {
  return useQuery(getTicketsQueryOptions(query));
}
