import { sqlFragment } from '../../db/direct-sql.ts';
import { waitingRecords, workItemSource } from '../home/work-items.ts';

/** 未读公文: documents circulated to this member that they have not opened yet. */
export const unreadDocumentWorkItems = workItemSource<number>({
  read: ({ auth }) =>
    auth.kind === 'STAFF'
      ? null
      : sqlFragment`SELECT count(*)::int FROM "DocumentRecipient"
          WHERE "accountId" = ${auth.accountId}::uuid AND "readAt" IS NULL`,
  items: (unread) =>
    unread === 0
      ? []
      : [
          {
            key: 'documents-unread',
            title: '未读公文',
            description: `您有 ${unread} 份公文尚未阅读。`,
            link: '/documents?read=unread',
            level: 'todo',
            count: unread,
          },
        ],
});

/** 公文管理员: drafts not yet published. */
export const documentDraftWorkItems = waitingRecords(
  'document.manage',
  sqlFragment`SELECT count(*)::int FROM "OfficialDocument" WHERE state = 'DRAFT'`,
  (drafts) => ({
    key: 'documents-drafts',
    title: '待发布的公文',
    description: `${drafts} 份公文草稿尚未发布。`,
    link: '/documents?state=DRAFT',
  }),
);
