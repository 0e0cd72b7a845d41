import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CompliancePage } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';

/** The year's 达标 counts: the report's first row is asked for only because a page needs a size. */
export function getTrainingComplianceCounts(year: number): Promise<CompliancePage> {
  return api<CompliancePage>('/api/admin/training/compliance', {
    query: { year, page: 1, pageSize: 1 },
  });
}

export function getTrainingComplianceCountsQueryOptions(year: number) {
  return queryOptions({
    // Under the training module's `training` key, so a 人工录入, 冲销 or import refreshes it too.
    queryKey: ['training', 'compliance', 'dashboard', year],
    queryFn: () => getTrainingComplianceCounts(year),
  });
}

export function useTrainingComplianceCounts(year: number) {
  return useQuery(getTrainingComplianceCountsQueryOptions(year));
}
