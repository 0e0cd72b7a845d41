import type { TicketCategory } from '@lx/shared/ticket-schemas';
import type { WorkItemSource } from '../home/work-items.ts';

/** 技术支持: tickets nobody has picked up yet. */
export const ticketQueueWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (!auth.permissions.has('ticket.handle')) return [];
  const waiting = await prisma.ticket.count({ where: { state: 'OPEN' } });
  if (waiting === 0) return [];
  return [
    {
      key: 'tickets-open',
      title: '待处理的工单',
      description: `${waiting} 个工单尚未受理。`,
      link: '/tickets?state=OPEN',
      level: 'todo',
      count: waiting,
    },
  ];
};

/** The tickets only member management can resolve (a record to correct, a transfer). */
const MEMBER_CATEGORIES: readonly TicketCategory[] = ['信息有误', '姓名错误', '转所'];

/** 会员管理员: open tickets asking for a correction or a transfer, per category. */
export const memberTicketWorkItems: WorkItemSource = async ({ prisma, auth }) => {
  if (!auth.permissions.has('member.manage')) return [];
  const groups = await prisma.ticket.groupBy({
    by: ['category'],
    where: { category: { in: [...MEMBER_CATEGORIES] }, state: { in: ['OPEN', 'IN_PROGRESS'] } },
    _count: { _all: true },
  });
  return MEMBER_CATEGORIES.flatMap((category) => {
    const count = groups.find((g) => g.category === category)?._count._all ?? 0;
    if (count === 0) return [];
    return [
      {
        key: `tickets-member-${category}`,
        title: `“${category}”工单待办理`,
        description: `${count} 个“${category}”工单等待在会员管理中办理。`,
        link: `/tickets?category=${encodeURIComponent(category)}`,
        level: 'todo' as const,
        count,
      },
    ];
  });
};
