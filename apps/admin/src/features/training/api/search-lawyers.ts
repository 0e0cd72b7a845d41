import { queryOptions, useQuery } from '@tanstack/react-query';
import type { lawyerHitListSchema } from '@lx/shared/training-schemas';
import { api } from '@lx/ui/api-client';
import type { z } from 'zod';
import { trainingKeys } from './training-keys';

export type LawyerHitList = z.infer<typeof lawyerHitListSchema>;

/** Lawyers by name, 执业证号 or 会员编号 (at most 20), to open one's 学时台账. */
export function searchTrainingLawyers(q: string): Promise<LawyerHitList> {
  return api<LawyerHitList>('/api/admin/training/lawyers', { query: { q } });
}

/** No search yet (blank `q`): nothing is asked. */
export function getTrainingLawyersQueryOptions(q: string) {
  return queryOptions({
    queryKey: [...trainingKeys.lawyers, q],
    queryFn: () => searchTrainingLawyers(q),
    enabled: q.length > 0,
  });
}

export function useTrainingLawyers(q: string) {
  return useQuery(getTrainingLawyersQueryOptions(q));
}
