import { Table, type TablePaginationConfig } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '@lx/shared/dates';
import type { Ticket } from '@lx/shared/ticket-schemas';
import { paths } from '@/config/paths';
import { formatTicketNumber } from './ticket-number';
import { TicketStateTag } from '@lx/ui/state-tags';

type TicketTableProps = {
  tickets: Ticket[];
  loading: boolean;
  pagination: TablePaginationConfig;
};

/** My tickets (desktop); the title and 查看 open the conversation. */
export function TicketTable({ tickets, loading, pagination }: TicketTableProps) {
  return (
    <Table<Ticket>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={tickets}
      locale={{ emptyText: '暂无工单' }}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: '工单编号',
          key: 'number',
          render: (_, ticket) => formatTicketNumber(ticket.number),
        },
        { title: '类别', dataIndex: 'category', key: 'category' },
        {
          title: '标题',
          key: 'title',
          render: (_, ticket) => (
            <Link
              to={paths.ticket.getHref(ticket.id)}
              style={{ display: 'inline-block', maxWidth: 320, overflowWrap: 'anywhere' }}
            >
              {ticket.title}
            </Link>
          ),
        },
        {
          title: '状态',
          key: 'state',
          render: (_, ticket) => <TicketStateTag state={ticket.state} />,
        },
        {
          title: '处理人',
          key: 'assigneeName',
          render: (_, ticket) => ticket.assigneeName ?? '—',
        },
        {
          title: '提交时间',
          key: 'createdAt',
          render: (_, ticket) => formatDateTime(ticket.createdAt),
        },
        {
          title: '更新时间',
          key: 'updatedAt',
          render: (_, ticket) => formatDateTime(ticket.updatedAt),
        },
        {
          title: '操作',
          key: 'actions',
          render: (_, ticket) => <Link to={paths.ticket.getHref(ticket.id)}>查看</Link>,
        },
      ]}
      pagination={pagination}
    />
  );
}
