import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';

function ticketPath(id: string): string {
  return `/api/admin/tickets/${encodeURIComponent(id)}`;
}

export function getTicket(id: string): Promise<TicketDetail> {
  return api<TicketDetail>(ticketPath(id));
}

/** Without an id: the key of every ticket detail, for invalidation. */
export function getTicketQueryOptions(id?: string) {
  return queryOptions({
    queryKey: id ? ['tickets', 'detail', id] : ['tickets', 'detail'],
    queryFn: () => getTicket(id ?? ''),
    enabled: Boolean(id),
    // The thread also grows elsewhere (the member's follow-ups, 会员管理's notes of a change made
    // for this ticket): coming back to the page always reads it again.
    refetchOnMount: 'always',
  });
}

export function useTicket(id: string) {
  return useQuery(getTicketQueryOptions(id));
}

/** One file attached to a message of the thread (opened inline, in a new tab). */
export function ticketAttachmentUrl(ticketId: string, attachmentId: string): string {
  return `${ticketPath(ticketId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** The path of an action on the ticket (assign, messages, close). */
export function ticketActionPath(id: string, action: 'assign' | 'messages' | 'close'): string {
  return `${ticketPath(id)}/${action}`;
}
