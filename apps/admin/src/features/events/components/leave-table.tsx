import { Button, Flex, Space, Table, Typography, type TableProps } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { LEAVE_WORKFLOW, type LeaveState } from '@lx/shared/event-workflow';
import { canApply } from '@lx/shared/workflow';
import { LeaveStateTag } from '@lx/ui/state-tags';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { tablePagination } from '@/lib/page';
import type { LeaveQueue } from '../api/leaves';
import { AttachmentLinks } from './attachment-links';

export type LeaveRow = LeaveQueue['items'][number];
export type LeaveDecision = 'approve' | 'reject';

type Props = {
  data: LeaveQueue | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onDecide: (leave: LeaveRow, decision: LeaveDecision) => void;
};

/** 活动, 活动开始, 姓名, 工作单位, 请假原因, 说明, 附件, 提交时间, 状态; 批准 / 驳回 while pending. */
export function LeaveTable({ data, loading, page, pageSize, onPageChange, onDecide }: Props) {
  const { approve, reject } = LEAVE_WORKFLOW.transitions;
  const columns: TableProps<LeaveRow>['columns'] = [
    {
      title: '活动',
      dataIndex: 'eventTitle',
      render: (title: string, row) => <Link to={paths.event.getHref(row.eventId)}>{title}</Link>,
    },
    {
      title: '活动开始',
      dataIndex: 'eventStartsAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '工作单位', dataIndex: 'workplace' },
    { title: '请假原因', dataIndex: 'reason', width: 100 },
    {
      title: '说明',
      dataIndex: 'detail',
      render: (v: string | null) =>
        v ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, maxWidth: 320 }}>
            {v}
          </Typography.Paragraph>
        ) : (
          '—'
        ),
    },
    {
      title: '附件',
      key: 'attachments',
      render: (_, row) => <AttachmentLinks attachments={row.attachments} />,
    },
    {
      title: '提交时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 140,
      render: (state: LeaveState, row) => (
        <Flex vertical gap={2} align="flex-start">
          <LeaveStateTag state={state} />
          {row.decisionReason ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.decisionReason}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, row) => (
        <Space size={0}>
          {canApply(LEAVE_WORKFLOW, 'approve', row.state) ? (
            <Button
              type="link"
              size="small"
              aria-label={`${approve.label}：${row.name}`}
              onClick={() => onDecide(row, 'approve')}
            >
              {approve.label}
            </Button>
          ) : null}
          {canApply(LEAVE_WORKFLOW, 'reject', row.state) ? (
            <Button
              type="link"
              size="small"
              danger
              aria-label={`${reject.label}：${row.name}`}
              onClick={() => onDecide(row, 'reject')}
            >
              {reject.label}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Table<LeaveRow>
      rowKey="id"
      size="middle"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          请假申请{data ? `（共 ${data.total} 条）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的请假申请' }}
    />
  );
}
