import { Table, type TableProps } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { TicketQueue } from '@lx/shared/ticket-schemas';
import type { TicketState } from '@lx/shared/ticket-workflow';
import { Link } from 'react-router';
import { useQueueLinkState } from '@/lib/queue-link';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';
import { TicketStateTag } from '@lx/ui/state-tags';

type TicketRow = TicketQueue['items'][number];

type Props = {
  data: TicketQueue | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

/** 工单编号, 标题, 类别, 提交人, 状态, 处理人, 提交时间, 更新时间; 查看 opens the ticket. */
export function TicketQueueTable({ data, loading, page, pageSize, onPageChange }: Props) {
  const linkState = useQueueLinkState();

  const columns: TableProps<TicketRow>['columns'] = [
    {
      title: '工单编号',
      dataIndex: 'number',
      width: 110,
      render: (number: string, row) => (
        <Link to={paths.ticket.getHref(row.id)} state={linkState}>
          {number}
        </Link>
      ),
    },
    { title: '标题', dataIndex: 'title', ellipsis: true },
    { title: '类别', dataIndex: 'category', width: 100 },
    { title: '提交人', dataIndex: 'requesterName' },
    {
      title: '状态',
      dataIndex: 'state',
      width: 90,
      render: (state: TicketState) => <TicketStateTag state={state} />,
    },
    {
      title: '处理人',
      dataIndex: 'assigneeName',
      render: (v: string | null) => v ?? '—',
    },
    {
      title: '提交时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, row) => (
        <Link to={paths.ticket.getHref(row.id)} state={linkState}>
          查看
        </Link>
      ),
    },
  ];

  return (
    <Table<TicketRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的工单' }}
    />
  );
}
