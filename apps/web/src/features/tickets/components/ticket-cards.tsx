import { Card, Flex, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { Ticket } from '@lx/shared/ticket-schemas';
import { formatTicketNumber } from './ticket-number';
import { TicketLink } from './ticket-link';
import { TicketStateTag } from './ticket-state-tag';

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
            <Typography.Text strong style={{ display: 'block', overflowWrap: 'anywhere' }}>
              {ticket.title}
            </Typography.Text>
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 2 }}
              style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}
            >
              {ticket.description}
            </Typography.Paragraph>
            <Flex vertical gap={2}>
              <TicketLink link={ticket.link} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                提交时间：{formatDateTime(ticket.createdAt)}
              </Typography.Text>
            </Flex>
          </Card>
        </div>
      ))}
    </Flex>
  );
}
