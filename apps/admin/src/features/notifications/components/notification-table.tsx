import { Badge, Button, Space, Table, Typography, type TableProps } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { Notification } from '@lx/shared/notification-schemas';
import { Link } from 'react-router';
import { classifyLink } from '@/config/paths';
import type { Page } from '@lx/shared/pagination';
import { tablePagination } from '@/lib/page';

type Props = {
  data: Page<Notification> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onRead: (n: Notification) => void;
};

function OpenLink({ notification, onOpen }: { notification: Notification; onOpen: () => void }) {
  const target = classifyLink(notification.link);
  if (!target) return null;
  if (target.kind === 'external') {
    return (
      <Button
        type="link"
        size="small"
        href={target.href}
        target="_blank"
        rel="noreferrer"
        onClick={onOpen}
      >
        查看
      </Button>
    );
  }
  return (
    <Link to={target.to} onClick={onOpen}>
      <Button type="link" size="small" tabIndex={-1}>
        查看
      </Button>
    </Link>
  );
}

/** 消息: title and text, time; 查看 opens what it is about, 标为已读. */
export function NotificationTable({ data, loading, page, pageSize, onPageChange, onRead }: Props) {
  const columns: TableProps<Notification>['columns'] = [
    {
      title: '消息',
      key: 'message',
      render: (_, n) => (
        <div style={{ minWidth: 240 }}>
          <Badge status={n.readAt ? 'default' : 'processing'} />
          <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
          <Typography.Paragraph
            type="secondary"
            style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}
          >
            {n.body}
          </Typography.Paragraph>
        </div>
      ),
    },
    { title: '时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, n) => (
        <Space size={0}>
          <OpenLink notification={n} onOpen={() => (n.readAt ? undefined : onRead(n))} />
          {n.readAt ? null : (
            <Button type="link" size="small" onClick={() => onRead(n)}>
              标为已读
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<Notification>
      rowKey="id"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '暂无消息' }}
    />
  );
}
