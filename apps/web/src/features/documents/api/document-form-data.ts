import type { FeedbackInput } from '@lx/shared/document-schemas';

/**
 * 反馈 as the API takes it: JSON `{ body }` without a file; multipart/form-data with the same
 * `body` field and the one file under `attachments` otherwise.
 */
export function feedbackBody(input: FeedbackInput, file: File | null): FeedbackInput | FormData {
  if (!file) return { body: input.body };
  const form = new FormData();
  form.append('body', input.body);
  form.append('attachments', file, file.name);
  return form;
}

/** A file of a document or of a feedback message, downloaded under its own name. */
export function documentAttachmentUrl(attachmentId: string): string {
  return `/api/document-attachments/${encodeURIComponent(attachmentId)}`;
}
