import type { TicketCategory } from '@lx/shared/ticket-schemas';
import { sqlFragment } from '../../db/direct-sql.ts';
import { waitingRecords, workItemSource } from '../home/work-items.ts';

/** 技术支持: tickets nobody has picked up yet. */
export const ticketQueueWorkItems = waitingRecords(
  'ticket.handle',
  sqlFragment`SELECT count(*)::int FROM "Ticket" WHERE state = 'OPEN'`,
  (waiting) => ({
    key: 'tickets-open',
    title: '待处理的工单',
    description: `${waiting} 个工单尚未受理。`,
    link: '/tickets?state=OPEN',
  }),
);

/** The tickets only member management can resolve (a record to correct, a transfer). */
const MEMBER_CATEGORIES: readonly TicketCategory[] = ['信息有误', '姓名错误', '转所'];

/** 会员管理员: open tickets asking for a correction or a transfer, per category. */
export const memberTicketWorkItems = workItemSource<Record<string, number> | null>({
  read: ({ auth }) =>
    auth.permissions.has('member.manage')
      ? sqlFragment`SELECT json_object_agg(category, n) FROM (
          SELECT category, count(*)::int AS n FROM "Ticket"
          WHERE category = ANY(${[...MEMBER_CATEGORIES]}::text[])
            AND state IN ('OPEN', 'IN_PROGRESS')
          GROUP BY category) x`
      : null,
  items: (counts) =>
    MEMBER_CATEGORIES.flatMap((category) => {
      const count = counts?.[category] ?? 0;
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
    }),
});
