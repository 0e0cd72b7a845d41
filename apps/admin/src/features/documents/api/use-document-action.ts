import { useMutation, useQueryClient } from '@tanstack/react-query';
import { documentKeys } from './document-keys';

/**
 * An action of the documents module (保存, 发布, 撤回公文, 附件, 回复, 传阅组…). Whatever the answer,
 * even a 409 (someone changed it first), every documents query is refreshed.
 */
export function useDocumentAction<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
