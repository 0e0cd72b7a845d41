import { Table, Tag, Typography, type TableProps } from 'antd';
import type { MailMessage } from '@lx/shared/certificate-schemas';
import { formatDateTime } from '@lx/shared/dates';
import type { Page } from '@lx/shared/pagination';
import { tablePagination } from '@/lib/page';

// How the API delivered a message: through the SMTP server, or as an .eml file when none is set up.
const TRANSPORT_LABELS: Record<string, string> = { smtp: 'SMTP', file: '文件' };

function transportLabel(transport: string | null): string {
  if (!transport) return '—';
  return TRANSPORT_LABELS[transport.toLowerCase()] ?? transport;
}

type Props = {
  data: Page<MailMessage> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
};

const columns: TableProps<MailMessage>['columns'] = [
  { title: '收件人', dataIndex: 'to', width: 220 },
  {
    title: '主题',
    dataIndex: 'subject',
    render: (v: string) => (
      <Typography.Paragraph style={{ margin: 0, minWidth: 220, maxWidth: 360 }}>
        {v}
      </Typography.Paragraph>
    ),
  },
  {
    title: '附件',
    dataIndex: 'attachmentNames',
    render: (names: string[]) =>
      names.length === 0 ? (
        '—'
      ) : (
        <div style={{ maxWidth: 280 }}>
          {names.map((name) => (
            <div key={name} style={{ wordBreak: 'break-all' }}>
              {name}
            </div>
          ))}
        </div>
      ),
  },
  {
    title: '发送方式',
    dataIndex: 'transport',
    width: 100,
    render: (v: string | null) => transportLabel(v),
  },
  {
    title: '状态',
    key: 'state',
    width: 210,
    render: (_, row) =>
      row.sentAt ? (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Tag color="success">已发送</Tag>
          <Typography.Text type="secondary">{formatDateTime(row.sentAt)}</Typography.Text>
        </span>
      ) : (
        <Tag color="processing">待发送</Tag>
      ),
  },
  {
    title: '创建时间',
    dataIndex: 'createdAt',
    width: 150,
    render: (v: string) => formatDateTime(v),
  },
];

/** 收件人, 主题, 附件, 发送方式, 状态 (已发送 with its time / 待发送), 创建时间. */
export function MailTable({ data, loading, page, pageSize, onPageChange }: Props) {
  return (
    <Table<MailMessage>
      rowKey="id"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '发件箱中没有邮件' }}
    />
  );
}
