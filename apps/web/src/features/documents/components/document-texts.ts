import type { CirculationGroupSummary, MemberDocument } from '@lx/shared/document-schemas';

// The words of the document page that depend on the data. Pure, for the unit tests.

/**
 * 正文 as paragraphs: a line break starts a new one; blank lines and the indentation typed by hand
 * (spaces, full-width spaces) are dropped, the page indents each paragraph itself.
 */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '');
}

/** 传阅给：全部法律援助律师（已阅 3 / 共 40） */
export function circulationText(
  target: Pick<CirculationGroupSummary, 'label' | 'readCount' | 'recipientCount'>,
): string {
  return `传阅给：${target.label}（已阅 ${target.readCount} / 共 ${target.recipientCount}）`;
}

/** 共 40 人，已阅 3 人 */
export function readTotalText(document: Pick<MemberDocument, 'readCount' | 'recipientCount'>) {
  return `共 ${document.recipientCount} 人，已阅 ${document.readCount} 人`;
}

/** 未读 3 份 (the member's unread documents, over every page). */
export function unreadText(unread: number): string {
  return unread > 0 ? `未读 ${unread} 份` : '没有未读公文';
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
