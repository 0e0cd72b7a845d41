import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '@lx/shared/dates';
import type { Ticket } from '@lx/shared/ticket-schemas';
import { paths } from '@/config/paths';
import { formatTicketNumber } from './ticket-number';
import { TicketStateTag } from '@lx/ui/state-tags';

/** My tickets (phones), one card each. */
export function TicketCards({ tickets }: { tickets: Ticket[] }) {
  return (
    <Flex vertical gap={12} role="list" aria-label="工单列表">
      {tickets.map((ticket) => (
        <div role="listitem" key={ticket.id}>
          <Card size="small">
            <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 4 }}>
              <Typography.Text type="secondary">
                {formatTicketNumber(ticket.number)} · {ticket.category}
              </Typography.Text>
              <TicketStateTag state={ticket.state} />
            </Flex>
            <Link
              to={paths.ticket.getHref(ticket.id)}
              style={{ display: 'block', fontWeight: 600, overflowWrap: 'anywhere' }}
            >
              {ticket.title}
            </Link>
            <Flex vertical gap={2} style={{ margin: '4px 0 8px', fontSize: 12 }}>
              {ticket.assigneeName ? (
                <Typography.Text type="secondary">处理人：{ticket.assigneeName}</Typography.Text>
              ) : null}
              <Typography.Text type="secondary">
                提交时间：{formatDateTime(ticket.createdAt)}
              </Typography.Text>
              <Typography.Text type="secondary">
                更新时间：{formatDateTime(ticket.updatedAt)}
              </Typography.Text>
            </Flex>
            <Link to={paths.ticket.getHref(ticket.id)}>查看</Link>
          </Card>
        </div>
      ))}
    </Flex>
  );
}
