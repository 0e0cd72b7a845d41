import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RecipientPage, RecipientQuery } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentsQueryKey } from './get-documents';

/** 传阅情况: who the document went to and who has read it, one page, filtered. */
export function getRecipients(documentId: string, query: RecipientQuery): Promise<RecipientPage> {
  return api<RecipientPage>(`/api/documents/${encodeURIComponent(documentId)}/recipients`, {
    query,
  });
}

export function getRecipientsQueryOptions(documentId: string, query: RecipientQuery) {
  return queryOptions({
    queryKey: [...documentsQueryKey, 'recipients', documentId, query] as const,
    queryFn: () => getRecipients(documentId, query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useRecipients(documentId: string, query: RecipientQuery) {
  return useQuery(getRecipientsQueryOptions(documentId, query));
}
