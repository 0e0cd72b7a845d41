import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';
import { ticketActionPath } from './get-ticket';
import { useTicketMutation } from './use-ticket-mutation';

/** 标记已解决: → 已关闭; 409 when the ticket was already closed or cancelled. */
export function closeTicket({ id }: { id: string }): Promise<TicketDetail> {
  return api<TicketDetail>(ticketActionPath(id, 'close'), { method: 'POST', body: {} });
}

export function useCloseTicket() {
  return useTicketMutation(closeTicket);
}
