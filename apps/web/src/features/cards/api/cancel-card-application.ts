import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardApplication } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';
import { storeCardApplication } from './get-card-application';
import { invalidateCards } from './get-card-overview';

/** 撤消 a pending or rejected application (409 once an officer has accepted it). */
export function cancelCardApplication(id: string): Promise<CardApplication> {
  return api<CardApplication>(`/api/card-applications/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body: {},
  });
}

export function useCancelCardApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelCardApplication,
    onSuccess: (application) => storeCardApplication(queryClient, application),
    // Also after a refusal: the application has moved on elsewhere.
    onSettled: () => invalidateCards(queryClient),
  });
}
