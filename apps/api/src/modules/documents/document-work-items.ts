import { directSql } from '../../db/direct-sql.ts';
import type { WorkItemSource } from '../home/work-items.ts';

/** 未读公文: documents circulated to this member that they have not opened yet. */
export const unreadDocumentWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (auth.kind === 'STAFF') return [];
  // The direct lane (no query compiler): every member's home runs it.
  const [row] = await directSql(prisma)<{ unread: number }>`
    SELECT count(*)::int AS unread FROM "DocumentRecipient"
    WHERE "accountId" = ${auth.accountId}::uuid AND "readAt" IS NULL`;
  const unread = row?.unread ?? 0;
  if (unread === 0) return [];
  return [
    {
      key: 'documents-unread',
      title: '未读公文',
      description: `您有 ${unread} 份公文尚未阅读。`,
      link: '/documents?read=unread',
      level: 'todo',
      count: unread,
    },
  ];
};

/** 公文管理员: drafts not yet published. */
export const documentDraftWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (!auth.permissions.has('document.manage')) return [];
  const drafts = await prisma.officialDocument.count({ where: { state: 'DRAFT' } });
  if (drafts === 0) return [];
  return [
    {
      key: 'documents-drafts',
      title: '待发布的公文',
      description: `${drafts} 份公文草稿尚未发布。`,
      link: '/documents?state=DRAFT',
      level: 'todo',
      count: drafts,
    },
  ];
};
