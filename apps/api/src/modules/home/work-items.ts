import type { WorkItem } from '@lx/shared/home-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { SessionContext } from '../auth/session-store.ts';

/**
 * What the signed-in account should look at next. Each later module adds its own items here
 * (profile completion, cards to collect, pending leave, review queues).
 */
export async function workItemsFor(
  prisma: PrismaClient,
  auth: SessionContext,
): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  const account = await prisma.account.findUniqueOrThrow({
    where: { id: auth.accountId },
    select: { mobile: true, email: true },
  });
  if (auth.kind !== 'STAFF' && (!account.mobile || !account.email)) {
    items.push({
      key: 'account-contact',
      title: '完善联系方式',
      description: '登记手机号码和电子邮箱后，才能通过短信验证码找回密码、接收通知。',
      link: '/account',
      level: 'todo',
    });
  }
  const unread = await prisma.notification.count({
    where: { accountId: auth.accountId, readAt: null },
  });
  if (unread > 0) {
    items.push({
      key: 'notifications',
      title: '未读消息',
      description: `您有 ${unread} 条未读消息。`,
      link: '/notifications',
      level: 'info',
      count: unread,
    });
  }
  if (auth.permissions.has('announcement.manage')) {
    const drafts = await prisma.announcement.count({ where: { state: 'DRAFT' } });
    if (drafts > 0) {
      items.push({
        key: 'announcement-drafts',
        title: '待发布的公告',
        description: `${drafts} 条公告草稿尚未发布。`,
        link: '/announcements',
        level: 'todo',
        count: drafts,
      });
    }
  }
  if (auth.permissions.has('outbox.read')) {
    const failed = await prisma.job.count({ where: { state: 'FAILED' } });
    if (failed > 0) {
      items.push({
        key: 'failed-jobs',
        title: '发送失败的消息',
        description: `${failed} 条短信或邮件多次重试仍未发出。`,
        link: '/sms',
        level: 'todo',
        count: failed,
      });
    }
  }
  return items;
}
