import type { DocumentInput, DocumentUpdate, StaffDocument } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentPath } from './get-document';
import { useDocumentAction } from './use-document-action';

/** 拟稿: the document is saved as a draft (草稿); recipients see it once it is published. */
export function createDocument(input: DocumentInput): Promise<StaffDocument> {
  return api<StaffDocument>('/api/admin/documents', { method: 'POST', body: input });
}

export type UpdateDocumentVariables = { id: string; version: number; document: DocumentInput };

/** Saves an edit of the draft as loaded; 409 when someone else saved it since. */
export function updateDocument({
  id,
  version,
  document,
}: UpdateDocumentVariables): Promise<StaffDocument> {
  const body: DocumentUpdate = { version, document };
  return api<StaffDocument>(documentPath(id), { method: 'PUT', body });
}

export function useCreateDocument() {
  return useDocumentAction(createDocument);
}

export function useUpdateDocument() {
  return useDocumentAction(updateDocument);
}
