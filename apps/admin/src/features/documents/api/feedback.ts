import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Feedback } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentKeys } from './document-keys';
import { documentPath } from './get-document';
import { useDocumentAction } from './use-document-action';

export function getFeedback(documentId: string): Promise<Feedback[]> {
  return api<Feedback[]>(`${documentPath(documentId)}/feedback`);
}

export function useFeedback(documentId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...documentKeys.feedback, documentId],
      queryFn: () => getFeedback(documentId),
    }),
  );
}

export type ReplyVariables = { documentId: string; body: string; file: File | null };

/**
 * 回复 (协会回复): JSON without a file, multipart with the text in `body` and the file in
 * `attachments`; 409 when the document was withdrawn meanwhile.
 */
export function replyToFeedback({ documentId, body, file }: ReplyVariables): Promise<Feedback> {
  const path = `${documentPath(documentId)}/feedback`;
  if (!file) return api<Feedback>(path, { method: 'POST', body: { body } });
  const form = new FormData();
  form.append('body', body);
  form.append('attachments', file, file.name);
  return api<Feedback>(path, { method: 'POST', body: form });
}

export function useReplyToFeedback() {
  return useDocumentAction(replyToFeedback);
}
