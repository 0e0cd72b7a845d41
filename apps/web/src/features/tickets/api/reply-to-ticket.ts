import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TicketDetail, TicketMessageInput } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';
import { invalidateTickets, storeTicket } from './get-ticket';
import { withAttachments } from './ticket-form-data';

export type TicketReply = { id: string; input: TicketMessageInput; files: File[] };

/** 追问: a follow-up while the ticket is open (409 once it is closed or cancelled). */
export function replyToTicket({ id, input, files }: TicketReply): Promise<TicketDetail> {
  return api<TicketDetail>(`/api/tickets/${encodeURIComponent(id)}/messages`, {
    method: 'POST',
    body: withAttachments(input, files),
  });
}

export function useReplyToTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replyToTicket,
    onSuccess: (ticket) => storeTicket(queryClient, ticket),
    // Also after a refusal: the ticket has moved on elsewhere.
    onSettled: () => invalidateTickets(queryClient),
  });
}
