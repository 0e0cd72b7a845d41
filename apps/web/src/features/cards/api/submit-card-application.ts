import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardApplication, CardApplicationInput } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';
import { storeCardApplication } from './get-card-application';
import { invalidateCards } from './get-card-overview';

/** 申请会员卡: 409 when this kind cannot be applied for now, 422 with field errors. */
export function submitCardApplication(input: CardApplicationInput): Promise<CardApplication> {
  return api<CardApplication>('/api/card-applications', { method: 'POST', body: input });
}

export function useSubmitCardApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitCardApplication,
    // The detail page opens next and shows it at once; the lists refresh in the background.
    onSuccess: (application) => storeCardApplication(queryClient, application),
    // Also after a refusal: what may be applied for has changed.
    onSettled: () => void invalidateCards(queryClient),
  });
}
