import { Button, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { TRAINING_KIND_LABELS, type TrainingKind } from '@lx/shared/training-kinds';
import {
  TRAINING_SOURCE_LABELS,
  type TrainingEntry,
  type TrainingEntryPage,
  type TrainingSource,
} from '@lx/shared/training-schemas';
import { tablePagination } from '@/lib/page';

/** A line that counts and has not been reversed: the one kind that may be 冲销. */
export function isReversible(entry: TrainingEntry): boolean {
  return !entry.reversed && entry.reversesId === null;
}

function Secondary({ children }: { children: string }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
      {children}
    </Typography.Text>
  );
}

/** 有效, 已冲销 (a later line reversed it), or 冲销 with its reason (the reversing line). */
function EntryStatus({ entry }: { entry: TrainingEntry }) {
  if (entry.reversesId !== null) {
    return (
      <Flex vertical gap={2} align="flex-start">
        <Tag color="warning">冲销</Tag>
        {entry.reason ? <Secondary>{`原因：${entry.reason}`}</Secondary> : null}
      </Flex>
    );
  }
  if (entry.reversed) return <Tag>已冲销</Tag>;
  return <Tag color="success">有效</Tag>;
}

/** The source; a manual line shows why it was entered. */
function EntrySource({ entry }: { entry: TrainingEntry }) {
  return (
    <Flex vertical gap={2} align="flex-start">
      <span>{TRAINING_SOURCE_LABELS[entry.source]}</span>
      {entry.source === 'MANUAL' && entry.reversesId === null && entry.reason ? (
        <Secondary>{`录入原因：${entry.reason}`}</Secondary>
      ) : null}
    </Flex>
  );
}

type Props = {
  data: TrainingEntryPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onReverse: (entry: TrainingEntry) => void;
};

/** 学时明细: 日期, 课程名称, 主办方, 类别, 学时, 来源, 状态; 冲销 on a line that still counts. */
export function LedgerTable({ data, loading, page, pageSize, onPageChange, onReverse }: Props) {
  const columns: TableProps<TrainingEntry>['columns'] = [
    { title: '日期', dataIndex: 'date', width: 110 },
    { title: '课程名称', dataIndex: 'title' },
    { title: '主办方', dataIndex: 'organiser' },
    {
      title: '类别',
      dataIndex: 'kind',
      width: 100,
      render: (kind: TrainingKind) => TRAINING_KIND_LABELS[kind],
    },
    { title: '学时', dataIndex: 'hours', width: 70, align: 'right' },
    {
      title: '来源',
      dataIndex: 'source',
      width: 130,
      render: (_: TrainingSource, entry) => <EntrySource entry={entry} />,
    },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_, entry) => <EntryStatus entry={entry} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, entry) =>
        isReversible(entry) ? (
          <Button
            type="link"
            size="small"
            danger
            aria-label={`冲销：${entry.date} ${entry.title}`}
            onClick={() => onReverse(entry)}
          >
            冲销
          </Button>
        ) : null,
    },
  ];

  return (
    <Table<TrainingEntry>
      rowKey="id"
      size="middle"
      caption={
        <Typography.Text strong style={{ display: 'block', textAlign: 'start', padding: '8px 0' }}>
          学时明细{data ? `（共 ${data.total} 条）` : ''}
        </Typography.Text>
      }
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      locale={{ emptyText: '本年度暂无学时记录' }}
    />
  );
}
