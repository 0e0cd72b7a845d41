import { Card } from 'antd';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useAuditEntries } from '../api/get-audit-entries';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

const FILTER_KEYS = ['entityType', 'entityId', 'action', 'actor', 'from', 'to'] as const;

/** 审计日志: every state and data change — who, when, what, before → after. */
export function AuditPage() {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const entries = useAuditEntries({ page, pageSize, ...filters });

  return (
    <>
      <PageHeader title="审计日志">
        记录每一次状态变更和数据修改：谁、何时、做了什么、修改前后的内容。展开一行可查看变化。
      </PageHeader>
      <Card>
        <div style={{ marginBottom: 16 }}>
          <AuditFilters value={filters} onChange={setFilters} />
        </div>
        {entries.isError ? (
          <QueryError error={entries.error} onRetry={() => void entries.refetch()} />
        ) : (
          <AuditTable
            data={entries.data}
            loading={entries.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
            onShowEntity={(entityType, entityId) => setFilters({ entityType, entityId })}
          />
        )}
      </Card>
    </>
  );
}
