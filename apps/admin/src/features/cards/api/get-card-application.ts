import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CardApplicationDetail } from '@lx/shared/card-schemas';
import { api } from '@lx/ui/api-client';
import { FRESH_RECORD } from '@lx/ui/record-freshness';

export function getCardApplication(id: string): Promise<CardApplicationDetail> {
  return api<CardApplicationDetail>(`/api/admin/card-applications/${encodeURIComponent(id)}`);
}

/** Without an id: the key of every application detail, for invalidation. */
export function getCardApplicationQueryOptions(id?: string) {
  return queryOptions({
    queryKey: id ? ['card-applications', 'detail', id] : ['card-applications', 'detail'],
    queryFn: () => getCardApplication(id ?? ''),
    enabled: Boolean(id),
    // Read again on opening the page and on returning to the window (a reviewer's decision
    // must rest on what the member has now, not on what was read a minute ago).
    ...FRESH_RECORD,
  });
}

export function useCardApplication(id: string) {
  return useQuery(getCardApplicationQueryOptions(id));
}

/** Where the ID photo and the printed application form (会员卡申请表) of an application live. */
export function cardApplicationFileUrl(id: string, file: 'photo' | 'form.pdf'): string {
  return `/api/admin/card-applications/${encodeURIComponent(id)}/${file}`;
}
