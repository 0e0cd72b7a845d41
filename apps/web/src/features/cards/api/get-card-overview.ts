import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { CardOverview } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';

/** Every query of the member-card pages is under this key; each change invalidates it. */
export const cardsQueryKey = ['cards'] as const;

/** The practice data, photos, what may be applied for now, the cards and the applications. */
export function getCardOverview(): Promise<CardOverview> {
  return api<CardOverview>('/api/cards');
}

export function getCardOverviewQueryOptions() {
  return queryOptions({
    queryKey: [...cardsQueryKey, 'overview'] as const,
    queryFn: getCardOverview,
    // Officers move applications on; the pages always start from the latest state.
    staleTime: 0,
  });
}

export function useCardOverview() {
  return useQuery(getCardOverviewQueryOptions());
}

/** After 挂失 or 激活: the answer is the overview as it is now; the rest is refetched. */
export function storeCardOverview(queryClient: QueryClient, overview: CardOverview): void {
  queryClient.setQueryData(getCardOverviewQueryOptions().queryKey, overview);
}

export function invalidateCards(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: cardsQueryKey });
}

/** The profile's ID photo, which the application may use (overview.profilePhoto). */
export function profilePhotoUrl(uploadedAt: string): string {
  return `/api/profile/photo?v=${encodeURIComponent(uploadedAt)}`;
}
