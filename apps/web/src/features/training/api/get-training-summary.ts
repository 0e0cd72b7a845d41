import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TrainingSummary } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';

/** Every query of the training pages is under this key. */
export const trainingQueryKey = ['training'] as const;

/**
 * Whose records an address is about: the signed-in lawyer's own (no id), or one lawyer's by id —
 * a firm's or office's lawyer, or the lawyer themself (anyone else's answers 404).
 */
export function trainingBasePath(lawyerId?: string): string {
  return lawyerId ? `/api/training/lawyers/${encodeURIComponent(lawyerId)}` : '/api/training';
}

export type TrainingTarget = { year: number; lawyerId?: string };

/** One lawyer's year: totals per kind against the requirement, and the sentence to show. */
export function getTrainingSummary({ year, lawyerId }: TrainingTarget): Promise<TrainingSummary> {
  return api<TrainingSummary>(`${trainingBasePath(lawyerId)}/summary`, { query: { year } });
}

export function getTrainingSummaryQueryOptions(target: TrainingTarget) {
  return queryOptions({
    queryKey: [...trainingQueryKey, 'summary', target.lawyerId ?? 'self', target.year] as const,
    queryFn: () => getTrainingSummary(target),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useTrainingSummary(target: TrainingTarget) {
  return useQuery(getTrainingSummaryQueryOptions(target));
}
