import { Card, Table, type TableProps } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { PROFILE_CHANGE_ACTION_LABELS, type ProfileChange } from '@lx/shared/profile-schemas';
import { useState } from 'react';
import { QueryError } from '@/components/query-error';
import { tablePagination } from '@/lib/page';
import { useProfileChanges } from '../api/get-profile-changes';

const PAGE_SIZE = 10;

function shown(value: string): string {
  return value === '' ? '（空）' : value;
}

const columns: TableProps<ProfileChange>['columns'] = [
  {
    title: '日期',
    dataIndex: 'createdAt',
    width: 150,
    render: (v: string) => formatDateTime(v),
  },
  { title: '栏目', dataIndex: 'sectionLabel', width: 110 },
  {
    title: '操作',
    dataIndex: 'action',
    width: 70,
    render: (action: ProfileChange['action']) => PROFILE_CHANGE_ACTION_LABELS[action],
  },
  {
    title: '变更内容',
    key: 'changes',
    render: (_, row) => (
      <div style={{ minWidth: 240, maxWidth: 560 }}>
        {row.changes.map((c) => (
          <div key={c.field} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {c.label}：{shown(c.before)} → {shown(c.after)}
          </div>
        ))}
      </div>
    ),
  },
  { title: '操作人', dataIndex: 'actorName', width: 100 },
];

/** 近期变更: what the lawyer changed after approval (信息变更), newest first. */
export function ProfileChangesCard({ profileId }: { profileId: string }) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const changes = useProfileChanges({ id: profileId, page, pageSize });

  return (
    <Card title="近期变更" role="region" aria-label="近期变更">
      {changes.isError ? (
        <QueryError error={changes.error} onRetry={() => void changes.refetch()} />
      ) : (
        <Table<ProfileChange>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={changes.data?.items}
          loading={changes.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={tablePagination(changes.data, { page, pageSize }, (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          })}
          locale={{ emptyText: '暂无变更记录' }}
        />
      )}
    </Card>
  );
}
