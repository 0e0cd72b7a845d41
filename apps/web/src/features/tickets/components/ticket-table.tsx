import { Table, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { Ticket } from '@lx/shared/ticket-schemas';
import { formatTicketNumber } from './ticket-number';
import { TicketLink } from './ticket-link';
import { TicketStateTag } from './ticket-state-tag';

type TicketTableProps = {
  tickets: Ticket[];
  loading: boolean;
  pagination: TablePaginationConfig;
};

/** My tickets (desktop); a row expands to its description. */
export function TicketTable({ tickets, loading, pagination }: TicketTableProps) {
  return (
    <Table<Ticket>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={tickets}
      locale={{ emptyText: '暂无工单' }}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (ticket) => (
          <div style={{ maxWidth: 880 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
              {ticket.description}
            </Typography.Paragraph>
            <TicketLink link={ticket.link} />
          </div>
        ),
      }}
      columns={[
        {
          title: '工单编号',
          key: 'number',
          render: (_, ticket) => formatTicketNumber(ticket.number),
        },
        { title: '工单类别', dataIndex: 'category', key: 'category' },
        { title: '工单标题', dataIndex: 'title', key: 'title' },
        {
          title: '状态',
          key: 'state',
          render: (_, ticket) => <TicketStateTag state={ticket.state} />,
        },
        {
          title: '提交时间',
          key: 'createdAt',
          render: (_, ticket) => formatDateTime(ticket.createdAt),
        },
      ]}
      pagination={pagination}
    />
  );
}
