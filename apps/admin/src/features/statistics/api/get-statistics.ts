import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Statistics, StatisticsRange } from '@lx/shared/statistics-schemas';
import { api } from '@lx/ui/api-client';

/** 统计分析: every figure of the dashboard for a date range. */
export function getStatistics(range: StatisticsRange): Promise<Statistics> {
  return api<Statistics>('/api/admin/statistics', { query: range });
}

export function getStatisticsQueryOptions(range: StatisticsRange) {
  return queryOptions({
    queryKey: ['statistics', range],
    queryFn: () => getStatistics(range),
    // A new range keeps the old figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useStatistics(range: StatisticsRange) {
  return useQuery(getStatisticsQueryOptions(range));
}
