import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RosterTrainingPage, RosterTrainingQuery } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import { trainingQueryKey } from './get-training-summary';

/** 本所律师学时: a firm's or office's practising lawyers, by name, each with their year. */
export function getRosterTraining(query: RosterTrainingQuery): Promise<RosterTrainingPage> {
  return api<RosterTrainingPage>('/api/training/roster', { query });
}

export function getRosterTrainingQueryOptions(query: RosterTrainingQuery) {
  return queryOptions({
    queryKey: [...trainingQueryKey, 'roster', query] as const,
    queryFn: () => getRosterTraining(query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useRosterTraining(query: RosterTrainingQuery) {
  return useQuery(getRosterTrainingQueryOptions(query));
}
