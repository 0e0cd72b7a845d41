import { Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { SmsMessage } from '@lx/shared/home-schemas';
import type { Page } from '@lx/shared/pagination';
import { tablePagination } from '@/lib/page';

const STATES: Record<SmsMessage['state'], { label: string; color: string }> = {
  PENDING: { label: '待发送', color: 'processing' },
  SENT: { label: '已发送', color: 'success' },
  FAILED: { label: '发送失败', color: 'error' },
};

type Props = {
  data: Page<SmsMessage> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

const columns: TableProps<SmsMessage>['columns'] = [
  {
    title: '时间',
    dataIndex: 'createdAt',
    width: 150,
    render: (v: string, row) => (
      <Tooltip title={row.sentAt ? `发送于 ${formatDateTime(row.sentAt)}` : undefined}>
        {formatDateTime(v)}
      </Tooltip>
    ),
  },
  { title: '手机号', dataIndex: 'mobile', width: 120 },
  { title: '用途', dataIndex: 'purpose', width: 120 },
  {
    title: '内容',
    dataIndex: 'content',
    render: (v: string) => (
      <Typography.Paragraph style={{ margin: 0, minWidth: 220, maxWidth: 340 }}>
        {v}
      </Typography.Paragraph>
    ),
  },
  {
    title: '状态',
    dataIndex: 'state',
    width: 100,
    render: (state: SmsMessage['state']) => (
      <Tag color={STATES[state].color}>{STATES[state].label}</Tag>
    ),
  },
  { title: '尝试次数', dataIndex: 'attempts', width: 90, align: 'right' },
  {
    title: '错误',
    dataIndex: 'lastError',
    render: (v: string | null) =>
      v ? (
        <Typography.Text type="danger" style={{ maxWidth: 280 }} ellipsis={{ tooltip: v }}>
          {v}
        </Typography.Text>
      ) : (
        '—'
      ),
  },
];

/** 时间, 手机号, 用途, 内容, 状态, 尝试次数, 错误. */
export function SmsTable({ data, loading, page, pageSize, onPageChange }: Props) {
  return (
    <Table<SmsMessage>
      rowKey="id"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '发件箱中没有短信' }}
    />
  );
}
