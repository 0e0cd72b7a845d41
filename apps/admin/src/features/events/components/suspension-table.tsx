import { Button, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { formatDate, formatDateTime } from '@lx/shared/dates';
import type { Suspension } from '@lx/shared/event-schemas';
import { tablePagination } from '@/lib/page';
import type { SuspensionPage } from '../api/suspensions';

/** 暂停中, or why it no longer holds: 已解除 (by staff, with the reason) or 已到期. */
function SuspensionStatus({ row }: { row: Suspension }) {
  if (row.active) return <Tag color="error">暂停中</Tag>;
  if (row.liftedAt) {
    return (
      <Flex vertical gap={2} align="flex-start">
        <Tag>已解除</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(row.liftedAt)}
          {row.liftReason ? `：${row.liftReason}` : ''}
        </Typography.Text>
      </Flex>
    );
  }
  return <Tag>已到期</Tag>;
}

type Props = {
  data: SuspensionPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onLift: (row: Suspension) => void;
};

/** 姓名, 执业证号, 所在机构, 暂停至, 计入的缺席活动, 状态; 解除暂停 while one is in force. */
export function SuspensionTable({ data, loading, page, pageSize, onPageChange, onLift }: Props) {
  const columns: TableProps<Suspension>['columns'] = [
    { title: '姓名', dataIndex: 'name', width: 90 },
    {
      title: '执业证号',
      dataIndex: 'licenceNo',
      width: 170,
      render: (v: string | null) => v ?? '—',
    },
    { title: '所在机构', dataIndex: 'organisationName' },
    {
      title: '暂停至',
      dataIndex: 'until',
      width: 150,
      render: (v: string, row) => (
        <Flex vertical gap={2}>
          <span>{formatDateTime(v)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            自 {formatDate(row.startsAt)} 起
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '计入的缺席活动',
      key: 'events',
      render: (_, row) =>
        row.events.length === 0 ? (
          '—'
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {row.events.map((e) => (
              <li key={`${e.startsAt}-${e.title}`}>
                {e.title}（{formatDate(e.startsAt)}）
              </li>
            ))}
          </ul>
        ),
    },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_, row) => <SuspensionStatus row={row} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, row) =>
        row.active ? (
          <Button
            type="link"
            size="small"
            aria-label={`解除暂停：${row.name}`}
            onClick={() => onLift(row)}
          >
            解除暂停
          </Button>
        ) : null,
    },
  ];

  return (
    <Table<Suspension>
      rowKey="id"
      size="middle"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          暂停记录{data ? `（共 ${data.total} 条）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '没有符合条件的暂停记录' }}
    />
  );
}
