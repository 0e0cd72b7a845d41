import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';

/** A staff role as the database holds it: a named set of permission codes. */
export type StaffRole = { code: string; name: string; description: string; permissions: string[] };

export function getRoles(): Promise<StaffRole[]> {
  return api<StaffRole[]>('/api/admin/roles');
}

export function getRolesQueryOptions() {
  return queryOptions({ queryKey: ['admin-roles'], queryFn: getRoles, staleTime: 10 * 60_000 });
}

export function useRoles() {
  return useQuery(getRolesQueryOptions());
}
