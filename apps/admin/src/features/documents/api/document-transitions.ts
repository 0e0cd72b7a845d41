import type { PublishDocument, StaffDocument, WithdrawDocument } from '@lx/shared/document-schemas';
import { api } from '@lx/ui/api-client';
import { documentPath } from './get-document';
import { useDocumentAction } from './use-document-action';

/** 发布: 草稿 → 已发布; the circulation is resolved into recipients as it stands now. */
export function publishDocument({
  id,
  version,
}: PublishDocument & { id: string }): Promise<StaffDocument> {
  return api<StaffDocument>(`${documentPath(id)}/publish`, { method: 'POST', body: { version } });
}

/** 撤回公文 with its reason: recipients see it as 已撤回 and no new feedback is accepted. */
export function withdrawDocument({
  id,
  reason,
}: WithdrawDocument & { id: string }): Promise<StaffDocument> {
  return api<StaffDocument>(`${documentPath(id)}/withdraw`, { method: 'POST', body: { reason } });
}

export function usePublishDocument() {
  return useDocumentAction(publishDocument);
}

export function useWithdrawDocument() {
  return useDocumentAction(withdrawDocument);
}
