import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';
import { invalidateTickets, storeTicket } from './get-ticket';

/** 取消工单 while it is not closed (409 otherwise). */
export function cancelTicket(id: string): Promise<TicketDetail> {
  return api<TicketDetail>(`/api/tickets/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body: {},
  });
}

export function useCancelTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelTicket,
    onSuccess: (ticket) => storeTicket(queryClient, ticket),
    onSettled: () => invalidateTickets(queryClient),
  });
}
