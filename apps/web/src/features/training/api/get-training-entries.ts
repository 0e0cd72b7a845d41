import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TrainingEntryPage } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import { trainingBasePath, trainingQueryKey, type TrainingTarget } from './get-training-summary';

export type TrainingEntriesQuery = TrainingTarget & { page: number; pageSize: number };

/** One page of a lawyer's ledger in a year, newest date first (reversals are lines of their own). */
export function getTrainingEntries({
  lawyerId,
  ...query
}: TrainingEntriesQuery): Promise<TrainingEntryPage> {
  return api<TrainingEntryPage>(`${trainingBasePath(lawyerId)}/entries`, { query });
}

export function getTrainingEntriesQueryOptions(query: TrainingEntriesQuery) {
  return queryOptions({
    queryKey: [
      ...trainingQueryKey,
      'entries',
      query.lawyerId ?? 'self',
      { year: query.year, page: query.page, pageSize: query.pageSize },
    ] as const,
    queryFn: () => getTrainingEntries(query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useTrainingEntries(query: TrainingEntriesQuery) {
  return useQuery(getTrainingEntriesQueryOptions(query));
}
