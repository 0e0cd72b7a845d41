import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardOverview } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';
import { invalidateCards, storeCardOverview } from './get-card-overview';

/** 激活: a card reported lost and found again (409 once a replacement is being made). */
export function reactivateCard(id: string): Promise<CardOverview> {
  return api<CardOverview>(`/api/cards/${encodeURIComponent(id)}/reactivate`, {
    method: 'POST',
    body: {},
  });
}

export function useReactivateCard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reactivateCard,
    onSuccess: (overview) => storeCardOverview(queryClient, overview),
    onSettled: () => invalidateCards(queryClient),
  });
}
