import { useMutation, useQueryClient } from '@tanstack/react-query';
import { trainingKeys } from './training-keys';

/**
 * An action of the training module (导入, 冲销, 人工录入, 保存学时要求). Whatever the answer, even a
 * 409 (someone acted first), every training query is refreshed: ledgers, summaries, the batch list
 * and the compliance report all count the same hours.
 */
export function useTrainingAction<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
