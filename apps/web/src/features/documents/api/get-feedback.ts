import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Feedback } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentsQueryKey } from './get-documents';

/** 反馈情况: the members' feedback and the association's replies, oldest first. */
export function getFeedback(documentId: string): Promise<Feedback[]> {
  return api<Feedback[]>(`/api/documents/${encodeURIComponent(documentId)}/feedback`);
}

export function getFeedbackQueryOptions(documentId: string) {
  return queryOptions({
    queryKey: [...documentsQueryKey, 'feedback', documentId] as const,
    queryFn: () => getFeedback(documentId),
    staleTime: 0,
  });
}

export function useFeedback(documentId: string) {
  return useQuery(getFeedbackQueryOptions(documentId));
}
