import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RecipientPage, RecipientQuery } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentKeys } from './document-keys';
import { documentPath } from './get-document';

export function getRecipients(documentId: string, query: RecipientQuery): Promise<RecipientPage> {
  return api<RecipientPage>(`${documentPath(documentId)}/recipients`, { query });
}

export function getRecipientsQueryOptions(documentId: string, query: RecipientQuery) {
  return queryOptions({
    queryKey: [...documentKeys.recipients, documentId, query],
    queryFn: () => getRecipients(documentId, query),
    placeholderData: keepPreviousData,
  });
}

export function useRecipients(documentId: string, query: RecipientQuery) {
  return useQuery(getRecipientsQueryOptions(documentId, query));
}
