import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganisationKind } from '@lx/shared/labels';
import { api } from '@lx/ui/api-client';

/** An organisation as the filters offer it. */
export type OrganisationOption = { id: string; name: string; kind: OrganisationKind };

export function getOrganisationOptions(): Promise<OrganisationOption[]> {
  return api<OrganisationOption[]>('/api/admin/organisation-options');
}

export function getOrganisationOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['admin-organisation-options'],
    queryFn: getOrganisationOptions,
    staleTime: 10 * 60_000,
  });
}

export function useOrganisationOptions() {
  return useQuery(getOrganisationOptionsQueryOptions());
}
