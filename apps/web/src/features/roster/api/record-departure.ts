import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordDepartureInput, Roster } from '@lx/shared/roster-schemas';
import { api } from '@lx/ui/api-client';
import { rosterQueryKey, storeRoster } from './get-roster';

export type Departure = { lawyerId: string; input: RecordDepartureInput };

/** 登记离所: the lawyer stays on the list as 已离所 from that day. */
export function recordDeparture({ lawyerId, input }: Departure): Promise<Roster> {
  return api<Roster>(`/api/organisation/lawyers/${encodeURIComponent(lawyerId)}/leave`, {
    method: 'POST',
    body: input,
  });
}

export function useRecordDeparture() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordDeparture,
    onSuccess: (roster) => storeRoster(queryClient, roster),
    // Also after a refusal: the list has changed elsewhere.
    onError: () => queryClient.invalidateQueries({ queryKey: rosterQueryKey }),
  });
}
