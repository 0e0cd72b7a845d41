import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { staffDocumentPageSchema, StaffDocumentQuery } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import type { z } from 'zod';
import { documentKeys } from './document-keys';

export type StaffDocumentPage = z.infer<typeof staffDocumentPageSchema>;

export function getDocuments(query: StaffDocumentQuery): Promise<StaffDocumentPage> {
  return api<StaffDocumentPage>('/api/admin/documents', { query });
}

export function getDocumentsQueryOptions(query: StaffDocumentQuery) {
  return queryOptions({
    queryKey: [...documentKeys.lists, query],
    queryFn: () => getDocuments(query),
    placeholderData: keepPreviousData,
  });
}

export function useDocuments(query: StaffDocumentQuery) {
  return useQuery(getDocumentsQueryOptions(query));
}
