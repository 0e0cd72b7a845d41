import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddedLawyer, RosterLawyerInput } from '@lx/shared/roster-schemas';
import { api } from '@lx/ui/api-client';
import { rosterQueryKey } from './get-roster';

/** 添加律师 (409 when the ID or licence number is already registered anywhere). */
export function addLawyer(input: RosterLawyerInput): Promise<AddedLawyer> {
  return api<AddedLawyer>('/api/organisation/lawyers', { method: 'POST', body: input });
}

export function useAddLawyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addLawyer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rosterQueryKey }),
  });
}
