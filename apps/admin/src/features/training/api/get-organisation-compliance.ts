import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type {
  OrganisationCompliancePage,
  organisationComplianceQuerySchema,
} from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import type { z } from 'zod';
import { trainingKeys } from './training-keys';

export type OrganisationComplianceQuery = z.infer<typeof organisationComplianceQuerySchema>;

/** 达标报表 by organisation: lawyers, compliant, behind, share and hours per firm or office. */
export function getOrganisationCompliance(
  query: OrganisationComplianceQuery,
): Promise<OrganisationCompliancePage> {
  return api<OrganisationCompliancePage>('/api/admin/training/compliance/organisations', {
    query,
  });
}

export function getOrganisationComplianceQueryOptions(query: OrganisationComplianceQuery) {
  return queryOptions({
    queryKey: [...trainingKeys.compliance, 'organisations', query],
    queryFn: () => getOrganisationCompliance(query),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisationCompliance(query: OrganisationComplianceQuery) {
  return useQuery(getOrganisationComplianceQueryOptions(query));
}
