import { PushpinFilled } from '@ant-design/icons';
import { Table, Tag, Typography, type TableProps } from 'antd';
import {
  ANNOUNCEMENT_STATE_LABELS,
  type Announcement,
  type AnnouncementState,
} from '@lx/shared/announcement-schemas';
import { formatDateTime } from '@lx/shared/dates';
import type { Page } from '@lx/shared/pagination';
import { tablePagination } from '@/lib/page';
import { AnnouncementRowActions } from './announcement-row-actions';

const STATE_COLORS: Record<AnnouncementState, string> = {
  DRAFT: 'default',
  PUBLISHED: 'green',
  WITHDRAWN: 'orange',
};

type Props = {
  data: Page<Announcement> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (row: Announcement) => void;
};

export function AnnouncementTable({ data, loading, page, pageSize, onPageChange, onEdit }: Props) {
  const columns: TableProps<Announcement>['columns'] = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, row) => (
        <>
          {row.pinned ? (
            <Tag color="red" icon={<PushpinFilled />}>
              置顶
            </Tag>
          ) : null}
          {title}
        </>
      ),
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 100,
      render: (state: AnnouncementState) => (
        <Tag color={STATE_COLORS[state]}>{ANNOUNCEMENT_STATE_LABELS[state]}</Tag>
      ),
    },
    {
      title: '发布时间',
      dataIndex: 'publishedAt',
      width: 160,
      render: (v: string | null) => formatDateTime(v) || '—',
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      width: 160,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '操作',
      key: 'actions',
      width: 210,
      render: (_, row) => <AnnouncementRowActions row={row} onEdit={onEdit} />,
    },
  ];

  return (
    <Table<Announcement>
      rowKey="id"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      expandable={{
        expandedRowRender: (row) => (
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', margin: 0, maxHeight: 320, overflow: 'auto' }}
          >
            {row.body}
          </Typography.Paragraph>
        ),
      }}
      locale={{ emptyText: '暂无公告' }}
    />
  );
}
