import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardApplicationDetail, CardTransitionInput } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';
import { getCardApplicationQueryOptions } from './get-card-application';
import { getCardQueueQueryOptions } from './get-card-queue';
import { isConflict } from '@/lib/is-conflict';

/** One step of the workflow (受理 … 领取, 驳回 with its reason); 409 when the state has moved on. */
export function transitionCardApplication({
  id,
  ...input
}: CardTransitionInput & { id: string }): Promise<CardApplicationDetail> {
  return api<CardApplicationDetail>(
    `/api/admin/card-applications/${encodeURIComponent(id)}/transition`,
    { method: 'POST', body: input },
  );
}

export function useTransitionCardApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionCardApplication,
    onSuccess: (detail) =>
      queryClient.setQueryData(getCardApplicationQueryOptions(detail.id).queryKey, detail),
    // After a conflict the page shows the state another officer moved the application to.
    onError: (error, { id }) =>
      isConflict(error)
        ? queryClient.invalidateQueries({ queryKey: getCardApplicationQueryOptions(id).queryKey })
        : undefined,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: getCardQueueQueryOptions().queryKey }),
  });
}
