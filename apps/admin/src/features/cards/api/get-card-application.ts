import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CardApplicationDetail } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';

export function getCardApplication(id: string): Promise<CardApplicationDetail> {
  return api<CardApplicationDetail>(`/api/admin/card-applications/${encodeURIComponent(id)}`);
}

/** Without an id: the key of every application detail, for invalidation. */
export function getCardApplicationQueryOptions(id?: string) {
  return queryOptions({
    queryKey: id ? ['card-applications', 'detail', id] : ['card-applications', 'detail'],
    queryFn: () => getCardApplication(id ?? ''),
    enabled: Boolean(id),
  });
}

export function useCardApplication(id: string) {
  return useQuery(getCardApplicationQueryOptions(id));
}

/** Where the ID photo and the printed application form (会员卡申请表) of an application live. */
export function cardApplicationFileUrl(id: string, file: 'photo' | 'form.pdf'): string {
  return `/api/admin/card-applications/${encodeURIComponent(id)}/${file}`;
}
