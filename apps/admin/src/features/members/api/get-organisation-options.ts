import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganisationKind } from '@lx/shared/labels';
import { api } from '@lx/ui/api-client';

/** Every organisation by name, for the 执业机构 filter of 会员查询. */
export type OrganisationOption = { id: string; name: string; kind: OrganisationKind };

export function getOrganisationOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['admin-organisation-options'],
    queryFn: () => api<OrganisationOption[]>('/api/admin/organisation-options'),
    staleTime: 10 * 60_000,
  });
}

export function useOrganisationOptions() {
  return useQuery(getOrganisationOptionsQueryOptions());
}
