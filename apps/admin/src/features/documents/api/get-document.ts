import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffDocument } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentKeys } from './document-keys';

export function documentPath(id: string): string {
  return `/api/admin/documents/${encodeURIComponent(id)}`;
}

export function getDocument(id: string): Promise<StaffDocument> {
  return api<StaffDocument>(documentPath(id));
}

export function getDocumentQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...documentKeys.details, id],
    queryFn: () => getDocument(id),
    enabled: Boolean(id),
  });
}

export function useDocument(id: string) {
  return useQuery(getDocumentQueryOptions(id));
}

/** A file of a document or of a feedback message (downloaded; the name comes from the server). */
export function documentAttachmentUrl(attachmentId: string): string {
  return `/api/admin/document-attachments/${encodeURIComponent(attachmentId)}`;
}
