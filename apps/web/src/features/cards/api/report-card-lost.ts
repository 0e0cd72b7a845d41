import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardOverview } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';
import { invalidateCards, storeCardOverview } from './get-card-overview';

/** 挂失: the card can no longer be used; a lost-card application becomes possible. */
export function reportCardLost(id: string): Promise<CardOverview> {
  return api<CardOverview>(`/api/cards/${encodeURIComponent(id)}/report-lost`, {
    method: 'POST',
    body: {},
  });
}

export function useReportCardLost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportCardLost,
    onSuccess: (overview) => storeCardOverview(queryClient, overview),
    onSettled: () => invalidateCards(queryClient),
  });
}
