import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MailMessage } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export type MailListQuery = { page: number; pageSize: number };

export function getMailMessages(query: MailListQuery): Promise<Page<MailMessage>> {
  return api<Page<MailMessage>>('/api/admin/mail', { query });
}

/** Without a query: the key of every outbox list, for invalidation. */
export function getMailMessagesQueryOptions(query?: MailListQuery) {
  return queryOptions({
    queryKey: query ? ['mail', query] : ['mail'],
    queryFn: () => getMailMessages(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useMailMessages(query: MailListQuery) {
  return useQuery(getMailMessagesQueryOptions(query));
}
