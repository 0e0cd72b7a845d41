import type { StaffDocument } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentPath } from './get-document';
import { useDocumentAction } from './use-document-action';

/** 上传附件 to a draft: multipart, the files in the field `attachments`. */
export function uploadDocumentAttachments({
  id,
  files,
}: {
  id: string;
  files: File[];
}): Promise<StaffDocument> {
  const body = new FormData();
  for (const file of files) body.append('attachments', file, file.name);
  return api<StaffDocument>(`${documentPath(id)}/attachments`, { method: 'POST', body });
}

/** 删除附件 of a draft. */
export function deleteDocumentAttachment({
  id,
  attachmentId,
}: {
  id: string;
  attachmentId: string;
}): Promise<StaffDocument> {
  return api<StaffDocument>(`${documentPath(id)}/attachments/${encodeURIComponent(attachmentId)}`, {
    method: 'DELETE',
  });
}

export function useUploadDocumentAttachments() {
  return useDocumentAction(uploadDocumentAttachments);
}

export function useDeleteDocumentAttachment() {
  return useDocumentAction(deleteDocumentAttachment);
}
