import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MemberDocumentPage, MemberDocumentQuery } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';

/** Every query of the documents pages is under this key. */
export const documentsQueryKey = ['documents'] as const;
/** The inbox pages, refetched once a document has been opened (its 未读 mark goes). */
export const documentListQueryKey = [...documentsQueryKey, 'list'] as const;

/** 我的公文, one page, newest first, with the member's total of unread documents. */
export function getDocuments(query: MemberDocumentQuery): Promise<MemberDocumentPage> {
  return api<MemberDocumentPage>('/api/documents', { query });
}

export function getDocumentsQueryOptions(query: MemberDocumentQuery) {
  return queryOptions({
    queryKey: [...documentListQueryKey, query] as const,
    queryFn: () => getDocuments(query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useDocuments(query: MemberDocumentQuery) {
  return useQuery(getDocumentsQueryOptions(query));
}
