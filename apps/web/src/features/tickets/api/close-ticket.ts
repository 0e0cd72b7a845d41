import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';
import { invalidateTickets, storeTicket } from './get-ticket';

/** 关闭工单 once it is answered or in progress (409 otherwise). */
export function closeTicket(id: string): Promise<TicketDetail> {
  return api<TicketDetail>(`/api/tickets/${encodeURIComponent(id)}/close`, {
    method: 'POST',
    body: {},
  });
}

export function useCloseTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeTicket,
    onSuccess: (ticket) => storeTicket(queryClient, ticket),
    onSettled: () => invalidateTickets(queryClient),
  });
}
