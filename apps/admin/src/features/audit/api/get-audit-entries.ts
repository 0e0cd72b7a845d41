import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditEntry, AuditQuery } from '@lx/shared/audit-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export function getAuditEntries(query: AuditQuery): Promise<Page<AuditEntry>> {
  return api<Page<AuditEntry>>('/api/admin/audit', { query });
}

/** Without a query: the key of every audit list, for invalidation. */
export function getAuditEntriesQueryOptions(query?: AuditQuery) {
  return queryOptions({
    queryKey: query ? ['admin-audit', query] : ['admin-audit'],
    queryFn: () => getAuditEntries(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEntries(query: AuditQuery) {
  return useQuery(getAuditEntriesQueryOptions(query));
}
