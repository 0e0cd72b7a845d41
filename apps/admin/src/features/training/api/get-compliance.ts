import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ComplianceQuery, CompliancePage } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import { trainingKeys } from './training-keys';

const COMPLIANCE_PATH = '/api/admin/training/compliance';

/** 达标报表 by lawyer: one page of rows, and the counts of the whole filter except `status`. */
export function getCompliance(query: ComplianceQuery): Promise<CompliancePage> {
  return api<CompliancePage>(COMPLIANCE_PATH, { query });
}

export function getComplianceQueryOptions(query: ComplianceQuery) {
  return queryOptions({
    queryKey: [...trainingKeys.compliance, 'lawyers', query],
    queryFn: () => getCompliance(query),
    placeholderData: keepPreviousData,
  });
}

export function useCompliance(query: ComplianceQuery) {
  return useQuery(getComplianceQueryOptions(query));
}

/** The report as an Excel file, with the filters the list shows (no paging: every row). */
export function complianceExportUrl(
  filters: Pick<ComplianceQuery, 'year' | 'status' | 'q' | 'organisationId'>,
): string {
  const params = new URLSearchParams({ year: String(filters.year) });
  if (filters.status) params.set('status', filters.status);
  if (filters.q) params.set('q', filters.q);
  if (filters.organisationId) params.set('organisationId', filters.organisationId);
  return `${COMPLIANCE_PATH}.xlsx?${params.toString()}`;
}
