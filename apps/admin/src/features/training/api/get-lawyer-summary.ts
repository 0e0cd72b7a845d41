import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TrainingSummary } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import { trainingKeys } from './training-keys';

export function trainingLawyerPath(lawyerId: string): string {
  return `/api/admin/training/lawyers/${encodeURIComponent(lawyerId)}`;
}

/** One lawyer's year: totals per kind against the requirement, and whether it is met. */
export function getLawyerTrainingSummary(lawyerId: string, year: number): Promise<TrainingSummary> {
  return api<TrainingSummary>(`${trainingLawyerPath(lawyerId)}/summary`, { query: { year } });
}

export function getLawyerTrainingSummaryQueryOptions(lawyerId: string, year: number) {
  return queryOptions({
    queryKey: [...trainingKeys.summaries, lawyerId, year],
    queryFn: () => getLawyerTrainingSummary(lawyerId, year),
    // Another year keeps the card (and its year picker) in place until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

export function useLawyerTrainingSummary(lawyerId: string, year: number) {
  return useQuery(getLawyerTrainingSummaryQueryOptions(lawyerId, year));
}
