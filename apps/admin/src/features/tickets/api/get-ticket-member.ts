import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TicketMember } from '@lx/shared/member-schemas';
import { api } from '@lx/ui/api-client';

/** The lawyer whose account opened the ticket (null for an organisation's), for 查看会员. */
export function getTicketMemberQueryOptions(ticketId: string, enabled: boolean) {
  return queryOptions({
    queryKey: ['tickets', 'member', ticketId],
    queryFn: () =>
      api<TicketMember>(`/api/admin/members/by-ticket/${encodeURIComponent(ticketId)}`),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useTicketMember(ticketId: string, enabled: boolean) {
  return useQuery(getTicketMemberQueryOptions(ticketId, enabled));
}
