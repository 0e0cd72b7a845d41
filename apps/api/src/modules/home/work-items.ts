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
  if (auth.kind === 'LAWYER') {
    const profile = await prisma.lawyerProfile.findFirst({
      where: { lawyer: { accountId: auth.accountId } },
      select: { state: true, reviewOpinion: true },
    });
    const state = profile?.state ?? 'DRAFT';
    const texts = {
      DRAFT: ['信息补全', '首次登录系统后，请补全个人档案的 13 项信息并正式提交审核。', 'todo'],
      REJECTED: [
        '档案信息未通过审核',
        `审核意见：${profile?.reviewOpinion ?? ''}。请修改后重新提交。`,
        'todo',
      ],
      SUBMITTED: ['档案信息审核中', '您的材料已经提交审核，目前正在审核中。', 'info'],
      APPROVED: null,
    } as const;
    const text = texts[state];
    if (text) {
      items.push({
        key: 'profile',
        title: text[0],
        description: text[1],
        link: '/profile',
        level: text[2],
      });
    }
  }
  if (auth.kind === 'LAWYER') {
    const application = await prisma.cardApplication.findFirst({
      where: { lawyer: { accountId: auth.accountId }, state: { in: ['REJECTED', 'VERIFIED'] } },
      orderBy: { number: 'desc' },
      select: { id: true, state: true, rejectReason: true },
    });
    if (application) {
      items.push({
        key: 'card-application',
        title: application.state === 'VERIFIED' ? '会员卡可以领取' : '会员卡申请被驳回',
        description:
          application.state === 'VERIFIED'
            ? '您的会员卡已制作并验卡完成，请到协会领取。'
            : `驳回原因：${application.rejectReason ?? ''}。请撤消后按要求重新申请。`,
        link: `/cards/applications/${application.id}`,
        level: 'todo',
      });
    }
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
  if (auth.permissions.has('profile.review')) {
    const waiting = await prisma.lawyerProfile.count({ where: { state: 'SUBMITTED' } });
    if (waiting > 0) {
      items.push({
        key: 'profile-reviews',
        title: '待审核的律师档案',
        description: `${waiting} 份律师档案等待审核。`,
        link: '/profiles',
        level: 'todo',
        count: waiting,
      });
    }
  }
  if (auth.permissions.has('card.manage')) {
    const waiting = await prisma.cardApplication.count({ where: { state: 'PENDING' } });
    if (waiting > 0) {
      items.push({
        key: 'card-applications',
        title: '待受理的会员卡申请',
        description: `${waiting} 份会员卡申请等待受理。`,
        link: '/cards?state=PENDING',
        level: 'todo',
        count: waiting,
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
