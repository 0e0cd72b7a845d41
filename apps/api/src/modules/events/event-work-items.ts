import { chineseDateTime } from '@lx/shared/dates';
import type { WorkItem } from '@lx/shared/home-schemas';
import { LEAVE_WORKFLOW } from '@lx/shared/event-workflow';
import type { WorkItemSource } from '../home/work-items.ts';

const DAY = 24 * 3600_000;

/**
 * A member's events: a waitlist offer to confirm, a leave request decided in the last week, and
 * events they are registered for that start within 7 days.
 */
export const ownEventWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (auth.kind === 'STAFF') return [];
  const now = new Date();
  const [offers, leaves, soon] = await Promise.all([
    prisma.eventRegistration.findMany({
      where: { accountId: auth.accountId, state: 'OFFERED', offerExpiresAt: { gt: now } },
      select: { offerExpiresAt: true, event: { select: { id: true, title: true } } },
      orderBy: { offerExpiresAt: 'asc' },
      take: 5,
    }),
    prisma.eventLeave.findMany({
      where: {
        registration: { accountId: auth.accountId },
        decidedAt: { gt: new Date(now.getTime() - 7 * DAY) },
      },
      select: {
        id: true,
        state: true,
        decisionReason: true,
        registration: { select: { event: { select: { id: true, title: true } } } },
      },
      orderBy: { decidedAt: 'desc' },
      take: 5,
    }),
    prisma.eventRegistration.findMany({
      where: {
        accountId: auth.accountId,
        state: 'REGISTERED',
        event: {
          state: 'PUBLISHED',
          startsAt: { gt: now, lte: new Date(now.getTime() + 7 * DAY) },
        },
      },
      select: {
        id: true,
        event: { select: { id: true, title: true, startsAt: true, location: true } },
      },
      orderBy: { event: { startsAt: 'asc' } },
      take: 5,
    }),
  ]);
  const items: WorkItem[] = [];
  for (const offer of offers)
    items.push({
      key: `event-offer-${offer.event.id}`,
      title: `候补名额待确认：${offer.event.title}`,
      description: `请在 ${chineseDateTime(offer.offerExpiresAt!)} 之前确认报名，逾期名额将顺延给下一位。`,
      link: `/events/${offer.event.id}`,
      level: 'todo',
    });
  for (const leave of leaves)
    items.push({
      key: `event-leave-${leave.id}`,
      title: `请假申请${LEAVE_WORKFLOW.labels[leave.state]}：${leave.registration.event.title}`,
      description: leave.decisionReason ? `审核意见：${leave.decisionReason}` : '请查看活动详情。',
      link: `/events/${leave.registration.event.id}`,
      level: leave.state === 'REJECTED' ? 'todo' : 'info',
    });
  for (const registration of soon)
    items.push({
      key: `event-soon-${registration.id}`,
      title: `即将开始：${registration.event.title}`,
      description: `${chineseDateTime(registration.event.startsAt)}，${registration.event.location}。`,
      link: `/events/${registration.event.id}`,
      level: 'info',
    });
  return items;
};

/** The events officer: leave requests waiting for a decision. */
export const leaveQueueWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (!auth.permissions.has('event.manage')) return [];
  const waiting = await prisma.eventLeave.count({ where: { state: 'PENDING' } });
  if (waiting === 0) return [];
  return [
    {
      key: 'event-leaves',
      title: '待审核的活动请假',
      description: `${waiting} 份活动请假申请等待审核。`,
      link: '/event-leaves?state=PENDING',
      level: 'todo',
      count: waiting,
    },
  ];
};
