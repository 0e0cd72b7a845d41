import { Card, Descriptions } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { ticketLinkSchema, type TicketDetail } from '@lx/shared/ticket-schemas';

/**
 * 关联页面: a page of the member site the ticket is about (a path of the member SPA, served from
 * the site root), opened in a new tab; anything that is not such a path is shown as text only.
 */
function RelatedPage({ link }: { link: string | null }) {
  if (!link) return '—';
  if (!ticketLinkSchema.safeParse(link).success) return link;
  return (
    <a href={link} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
      {link}
    </a>
  );
}

/** 工单信息: category, who submitted it and when, who handles it and the page it is about. */
export function TicketInfoCard({ ticket }: { ticket: TicketDetail }) {
  const items = [
    { key: 'category', label: '类别', children: ticket.category },
    { key: 'requester', label: '提交人', children: ticket.requesterName },
    { key: 'createdAt', label: '提交时间', children: formatDateTime(ticket.createdAt) },
    { key: 'assignee', label: '处理人', children: ticket.assigneeName ?? '—' },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(ticket.updatedAt) },
    { key: 'link', label: '关联页面', children: <RelatedPage link={ticket.link} /> },
  ];
  return (
    <Card title="工单信息" role="region" aria-label="工单信息">
      <Descriptions size="small" bordered column={1} items={items} />
    </Card>
  );
}
