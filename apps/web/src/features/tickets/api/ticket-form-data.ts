/**
 * A ticket or a follow-up as the API takes it: JSON without files, multipart/form-data with the
 * same text fields and the files under `attachments` otherwise.
 */
export function withAttachments<T extends Record<string, string | undefined>>(
  fields: T,
  files: File[],
): T | FormData {
  if (files.length === 0) return fields;
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== '') body.append(key, value);
  }
  for (const file of files) body.append('attachments', file, file.name);
  return body;
}

/** An attachment of one of my tickets, opened inline (a new tab). */
export function ticketAttachmentUrl(ticketId: string, attachmentId: string): string {
  return `/api/tickets/${encodeURIComponent(ticketId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
