import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AccountAction,
  AccountActionInput,
  AccountActionResult,
  MemberCorrectionInput,
  MemberDetail,
  TransferInput,
} from '@lx/shared/member-schemas';
import { api } from '@lx/ui/api-client';
import { memberPath } from './get-member';
import { memberKeys } from './member-keys';

/** An action on a member; whatever the answer (even a 409), every members query is refreshed. */
function useMemberAction<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.all }),
  });
}

export function useCorrectMember(lawyerId: string) {
  return useMemberAction((input: MemberCorrectionInput) =>
    api<MemberDetail>(`${memberPath(lawyerId)}/corrections`, { method: 'POST', body: input }),
  );
}

export function useTransferMember(lawyerId: string) {
  return useMemberAction((input: TransferInput) =>
    api<MemberDetail>(`${memberPath(lawyerId)}/transfer`, { method: 'POST', body: input }),
  );
}

export function useAccountAction(lawyerId: string, action: AccountAction) {
  return useMemberAction((input: AccountActionInput) =>
    api<AccountActionResult>(`${memberPath(lawyerId)}/${action}`, { method: 'POST', body: input }),
  );
}
