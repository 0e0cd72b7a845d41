import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TrainingEntryPage, TrainingEntryQuery } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import { trainingLawyerPath } from './get-lawyer-summary';
import { trainingKeys } from './training-keys';

/** One lawyer's ledger of a year, newest date first, paged on the server. */
export function getLawyerTrainingEntries(
  lawyerId: string,
  query: TrainingEntryQuery,
): Promise<TrainingEntryPage> {
  return api<TrainingEntryPage>(`${trainingLawyerPath(lawyerId)}/entries`, { query });
}

export function getLawyerTrainingEntriesQueryOptions(lawyerId: string, query: TrainingEntryQuery) {
  return queryOptions({
    queryKey: [...trainingKeys.entries, lawyerId, query],
    queryFn: () => getLawyerTrainingEntries(lawyerId, query),
    placeholderData: keepPreviousData,
  });
}

export function useLawyerTrainingEntries(lawyerId: string, query: TrainingEntryQuery) {
  return useQuery(getLawyerTrainingEntriesQueryOptions(lawyerId, query));
}
