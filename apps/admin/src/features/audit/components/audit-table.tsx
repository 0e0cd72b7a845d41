import { Button, Space, Table, Tooltip, Typography, type TableProps } from 'antd';
import { AUDIT_ACTION_LABELS, type AuditEntry } from '@lx/shared/audit-schemas';
import { formatDateTime } from '@lx/shared/dates';
import type { Page } from '@lx/shared/pagination';
import { tablePagination } from '@/lib/page';
import { AuditDiffTable } from './audit-diff-table';
import { entityTypeLabel } from './entity-types';

type Props = {
  data: Page<AuditEntry> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Narrows the log to one entity's history. */
  onShowEntity: (entityType: string, entityId: string) => void;
};

export function actionLabel(code: string): string {
  return AUDIT_ACTION_LABELS[code] ?? code;
}

/** Long ids (UUIDs) shortened for the table; the full id is in the tooltip and the copy button. */
function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** 时间, 操作人, 操作, 对象, 请求编号; a row expands to its before → after. */
export function AuditTable({ data, loading, page, pageSize, onPageChange, onShowEntity }: Props) {
  const columns: TableProps<AuditEntry>['columns'] = [
    { title: '时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: '操作人',
      dataIndex: 'actorName',
      width: 140,
      render: (name: string, row) =>
        row.actorId ? <Tooltip title={`账号编号 ${row.actorId}`}>{name}</Tooltip> : name,
    },
    {
      title: '操作',
      dataIndex: 'action',
      width: 160,
      render: (code: string) => <Tooltip title={code}>{actionLabel(code)}</Tooltip>,
    },
    {
      title: '对象',
      key: 'entity',
      render: (_, row) => (
        <Space size={4}>
          <Tooltip title={`只看该对象的记录（${row.entityType} ${row.entityId}）`}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() => onShowEntity(row.entityType, row.entityId)}
            >
              {entityTypeLabel(row.entityType)} · {shortId(row.entityId)}
            </Button>
          </Tooltip>
          <Typography.Text
            copyable={{ text: row.entityId, tooltips: ['复制对象编号', '已复制'] }}
          />
        </Space>
      ),
    },
    {
      title: '请求编号',
      dataIndex: 'requestId',
      width: 130,
      render: (v: string | null) =>
        v ? (
          <Tooltip title={v}>
            <Typography.Text
              copyable={{ text: v, tooltips: ['复制请求编号', '已复制'] }}
              style={{ fontSize: 12 }}
            >
              {shortId(v)}
            </Typography.Text>
          </Tooltip>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={tablePagination(data, { page, pageSize }, onPageChange)}
      expandable={{
        expandedRowRender: (row) => (
          <>
            <AuditDiffTable before={row.before} after={row.after} />
            {row.ip ? (
              <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
                来源 IP：{row.ip}
              </Typography.Text>
            ) : null}
          </>
        ),
      }}
      locale={{ emptyText: '没有符合条件的记录' }}
    />
  );
}
