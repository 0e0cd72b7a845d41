import type { TicketDetail, TicketMessageInput } from '@lx/shared/ticket-schemas';
import { api } from '@lx/ui/api-client';
import { ticketActionPath } from './get-ticket';
import { useTicketMutation } from './use-ticket-mutation';

export type ReplyTicketVariables = TicketMessageInput & { id: string; files: File[] };

/**
 * 发送回复 (→ 已回复; the member is notified): JSON without files, multipart with the files in the
 * field `attachments`; 409 when the ticket was closed or cancelled meanwhile.
 */
export function replyTicket({ id, body, files }: ReplyTicketVariables): Promise<TicketDetail> {
  if (files.length === 0) {
    return api<TicketDetail>(ticketActionPath(id, 'messages'), {
      method: 'POST',
      body: { body },
    });
  }
  const form = new FormData();
  form.append('body', body);
  for (const file of files) form.append('attachments', file, file.name);
  return api<TicketDetail>(ticketActionPath(id, 'messages'), { method: 'POST', body: form });
}

export function useReplyTicket() {
  return useTicketMutation(replyTicket);
}
