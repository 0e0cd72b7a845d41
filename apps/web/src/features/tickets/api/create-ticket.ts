import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TicketDetail, TicketInput } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';
import { invalidateTickets, storeTicket } from './get-ticket';
import { withAttachments } from './ticket-form-data';

export type NewTicket = { input: TicketInput; files: File[] };

export function createTicket({ input, files }: NewTicket): Promise<TicketDetail> {
  return api<TicketDetail>('/api/tickets', {
    method: 'POST',
    body: withAttachments(input, files),
  });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTicket,
    onSuccess: (ticket) => {
      storeTicket(queryClient, ticket);
      void invalidateTickets(queryClient);
    },
  });
}
