import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SmsMessage } from '@lx/shared/home-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export type SmsListQuery = { page: number; pageSize: number; mobile?: string };

export function getSmsMessages(query: SmsListQuery): Promise<Page<SmsMessage>> {
  return api<Page<SmsMessage>>('/api/admin/sms', { query });
}

/** Without a query: the key of every outbox list, for invalidation. */
export function getSmsMessagesQueryOptions(query?: SmsListQuery) {
  return queryOptions({
    queryKey: query ? ['admin-sms', query] : ['admin-sms'],
    queryFn: () => getSmsMessages(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useSmsMessages(query: SmsListQuery) {
  return useQuery(getSmsMessagesQueryOptions(query));
}
