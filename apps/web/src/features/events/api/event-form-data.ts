/**
 * A registration or a leave request as the API takes it: always multipart/form-data, the text
 * fields that have a value and each file under `attachments`.
 */
export function multipartOf(
  fields: Readonly<Record<string, string | undefined>>,
  files: readonly File[],
): FormData {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== '') body.append(key, value);
  }
  for (const file of files) body.append('attachments', file, file.name);
  return body;
}

/** The registration as a calendar entry (.ics), downloaded. */
export function calendarUrl(registrationId: string): string {
  return `/api/event-registrations/${encodeURIComponent(registrationId)}/calendar.ics`;
}

/** One of the member's own files of a registration or a leave request, opened in a new tab. */
export function eventAttachmentUrl(attachmentId: string): string {
  return `/api/event-attachments/${encodeURIComponent(attachmentId)}`;
}
