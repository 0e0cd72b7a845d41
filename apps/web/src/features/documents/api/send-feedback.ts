import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Feedback, FeedbackInput } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { feedbackBody } from './document-form-data';
import { getDocumentQueryOptions } from './get-document';
import { getFeedbackQueryOptions } from './get-feedback';

export type NewFeedback = { documentId: string; input: FeedbackInput; file: File | null };

/** 提交反馈: text and at most one file; refused with 409 once the document is withdrawn. */
export function sendFeedback({ documentId, input, file }: NewFeedback): Promise<Feedback> {
  return api<Feedback>(`/api/documents/${encodeURIComponent(documentId)}/feedback`, {
    method: 'POST',
    body: feedbackBody(input, file),
  });
}

export function useSendFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendFeedback,
    onSuccess: (feedback, { documentId }) =>
      queryClient.setQueryData(getFeedbackQueryOptions(documentId).queryKey, (thread) =>
        thread ? [...thread.filter((f) => f.id !== feedback.id), feedback] : thread,
      ),
    // Also after a refusal: the document may have been withdrawn meanwhile (canFeedback).
    onSettled: (_feedback, _error, { documentId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getFeedbackQueryOptions(documentId).queryKey }),
        queryClient.invalidateQueries({ queryKey: getDocumentQueryOptions(documentId).queryKey }),
      ]),
  });
}
