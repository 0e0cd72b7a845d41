import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MemberDocument } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentListQueryKey, documentsQueryKey } from './get-documents';

/** The home page's query (features/home): its 未读公文 item counts what opening a document reads. */
const homeQueryKey = ['home'] as const;

/** One document as this member sees it (404 unless a recipient); opening it records the reading. */
export function getDocument(id: string): Promise<MemberDocument> {
  return api<MemberDocument>(`/api/documents/${encodeURIComponent(id)}`);
}

export function getDocumentQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...documentsQueryKey, 'detail', id] as const,
    queryFn: () => getDocument(id),
    staleTime: 0,
  });
}

/** The inbox and the home page count unread documents: both are read again after an opening. */
export function invalidateUnreadCounts(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: documentListQueryKey }),
    queryClient.invalidateQueries({ queryKey: homeQueryKey }),
  ]).then(() => undefined);
}

export function useDocument(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery(getDocumentQueryOptions(id));
  const opened = query.isSuccess;
  useEffect(() => {
    if (opened) void invalidateUnreadCounts(queryClient);
  }, [opened, id, queryClient]);
  return query;
}
