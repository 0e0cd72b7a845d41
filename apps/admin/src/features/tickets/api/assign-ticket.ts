import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';
import { ticketActionPath } from './get-ticket';
import { useTicketMutation } from './use-ticket-mutation';

/** 指派给我: 待处理 → 处理中 with the signed-in officer as 处理人; 409 when someone took it first. */
export function assignTicket({ id }: { id: string }): Promise<TicketDetail> {
  return api<TicketDetail>(ticketActionPath(id, 'assign'), { method: 'POST', body: {} });
}

export function useAssignTicket() {
  return useTicketMutation(assignTicket);
}
