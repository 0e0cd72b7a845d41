import { Button, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { ImportBatch, ImportBatchPage } from '@lx/shared/training-schemas';
import { tablePagination } from '@/lib/page';

/** 有效, or 已冲销 with when and why. */
function BatchStatus({ batch }: { batch: ImportBatch }) {
  if (!batch.reversedAt) return <Tag color="success">有效</Tag>;
  return (
    <Flex vertical gap={2} align="flex-start">
      <Tag>已冲销</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(batch.reversedAt)}
        {batch.reverseReason ? `：${batch.reverseReason}` : ''}
      </Typography.Text>
    </Flex>
  );
}

type Props = {
  data: ImportBatchPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onReverse: (batch: ImportBatch) => void;
};

/** 文件名, 条数, 学时, 导入人, 导入时间, 状态; 冲销 while the batch is in force. */
export function ImportBatchTable({
  data,
  loading,
  page,
  pageSize,
  onPageChange,
  onReverse,
}: Props) {
  const columns: TableProps<ImportBatch>['columns'] = [
    {
      title: '文件名',
      dataIndex: 'filename',
      render: (v: string) => <span style={{ overflowWrap: 'anywhere' }}>{v}</span>,
    },
    { title: '条数', dataIndex: 'entries', width: 72, align: 'right' },
    { title: '学时', dataIndex: 'hours', width: 72, align: 'right' },
    { title: '导入人', dataIndex: 'createdByName', width: 120 },
    {
      title: '导入时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (v: string) => formatDateTime(v),
    },
    {
      title: '状态',
      key: 'status',
      width: 160,
      render: (_, batch) => <BatchStatus batch={batch} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, batch) =>
        batch.reversedAt ? null : (
          <Button
            type="link"
            size="small"
            danger
            aria-label={`冲销：${batch.filename}（${formatDateTime(batch.createdAt)}）`}
            onClick={() => onReverse(batch)}
          >
            冲销
          </Button>
        ),
    },
  ];

  return (
    <Table<ImportBatch>
      rowKey="id"
      size="middle"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          导入批次{data ? `（共 ${data.total} 个）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '还没有导入过学时' }}
    />
  );
}
