import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Ticket, TicketInput } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';

export function createTicket(input: TicketInput): Promise<Ticket> {
  return api<Ticket>('/api/tickets', { method: 'POST', body: input });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTicket,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tickets'] }),
  });
}
