import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { isConflict } from '@/lib/is-conflict';
import { getTicketQueryOptions } from './get-ticket';
import { getTicketQueueQueryOptions } from './get-ticket-queue';

/**
 * An action on one ticket (指派给我, 回复, 标记已解决): the page shows the answer at once; after a
 * 409 it reloads the ticket to show what another officer or the member did meanwhile.
 */
export function useTicketMutation<V extends { id: string }>(
  mutationFn: (variables: V) => Promise<TicketDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (ticket) =>
      queryClient.setQueryData(getTicketQueryOptions(ticket.id).queryKey, ticket),
    onError: (error, { id }) =>
      isConflict(error)
        ? queryClient.invalidateQueries({ queryKey: getTicketQueryOptions(id).queryKey })
        : undefined,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: getTicketQueueQueryOptions().queryKey }),
  });
}
