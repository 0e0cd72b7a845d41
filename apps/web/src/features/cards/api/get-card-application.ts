import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { CardApplication } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';
import { cardsQueryKey } from './get-card-overview';

export function getCardApplication(id: string): Promise<CardApplication> {
  return api<CardApplication>(`/api/card-applications/${encodeURIComponent(id)}`);
}

export function getCardApplicationQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...cardsQueryKey, 'application', id] as const,
    queryFn: () => getCardApplication(id),
    staleTime: 0,
  });
}

export function useCardApplication(id: string) {
  return useQuery(getCardApplicationQueryOptions(id));
}

export function storeCardApplication(queryClient: QueryClient, application: CardApplication) {
  queryClient.setQueryData(getCardApplicationQueryOptions(application.id).queryKey, application);
}

/** The photo the application was made with; the version makes a changed photo show. */
export function cardApplicationPhotoUrl(application: Pick<CardApplication, 'id' | 'photoVersion'>) {
  return `/api/card-applications/${encodeURIComponent(application.id)}/photo?v=${encodeURIComponent(application.photoVersion)}`;
}

/** 会员卡申请表 as a PDF, to print (opened in a new tab). */
export function cardApplicationFormUrl(id: string): string {
  return `/api/card-applications/${encodeURIComponent(id)}/form.pdf`;
}
