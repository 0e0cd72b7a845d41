import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffAccount } from '@lx/shared/staff-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';

export type StaffListQuery = { page: number; pageSize: number; q?: string };

export function getStaff(query: StaffListQuery): Promise<Page<StaffAccount>> {
  return api<Page<StaffAccount>>('/api/admin/staff', { query });
}

/** Without a query: the key of every staff list, for invalidation. */
export function getStaffQueryOptions(query?: StaffListQuery) {
  return queryOptions({
    queryKey: query ? ['admin-staff', query] : ['admin-staff'],
    queryFn: () => getStaff(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useStaff(query: StaffListQuery) {
  return useQuery(getStaffQueryOptions(query));
}
