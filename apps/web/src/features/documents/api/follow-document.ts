import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';
import { getDocumentQueryOptions } from './get-document';
import { documentListQueryKey } from './get-documents';

/** 关注 (PUT) or 取消关注 (DELETE): whether new feedback is sent to this member by SMS too. */
export function setFollowing(documentId: string, follow: boolean): Promise<{ following: boolean }> {
  return api<{ following: boolean }>(`/api/documents/${encodeURIComponent(documentId)}/follow`, {
    method: follow ? 'PUT' : 'DELETE',
  });
}

export function useSetFollowing(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) => setFollowing(documentId, follow),
    onSuccess: ({ following }) =>
      queryClient.setQueryData(getDocumentQueryOptions(documentId).queryKey, (document) =>
        document ? { ...document, following } : document,
      ),
    // The inbox shows 已关注 too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentListQueryKey }),
  });
}
