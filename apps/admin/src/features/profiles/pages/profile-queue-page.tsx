import { Badge, Card, Tabs } from 'antd';
import { PROFILE_STATE_LABELS, type ProfileState } from '@lx/shared/profile-workflow';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useProfileQueue } from '../api/get-profile-queue';
import { ProfileQueueFilters } from '../components/profile-queue-filters';
import { ProfileQueueTable } from '../components/profile-queue-table';
import { TABS_MORE } from '@lx/ui/accessibility';

const FILTER_KEYS = ['state', 'organisationId', 'submittedFrom', 'submittedTo', 'q'] as const;

// The tabs, in the order a reviewer needs them; 审核中 (the work to do) is the default.
const STATE_TABS = ['SUBMITTED', 'REJECTED', 'APPROVED', 'DRAFT'] as const satisfies ProfileState[];
type Tab = ProfileState | 'ALL';
const DEFAULT_TAB: Tab = 'SUBMITTED';

function tabOf(value: string | undefined): Tab {
  if (value === 'ALL') return 'ALL';
  return STATE_TABS.find((s) => s === value) ?? DEFAULT_TAB;
}

function TabLabel({
  label,
  count,
  highlight,
}: {
  label: string;
  count?: number;
  highlight?: boolean;
}) {
  return (
    <span>
      {label}
      {count === undefined ? null : (
        <Badge
          count={count}
          showZero
          overflowCount={99999}
          style={
            highlight && count > 0
              ? { marginInlineStart: 6 }
              : { marginInlineStart: 6, backgroundColor: '#f0f0f0', color: 'rgba(0, 0, 0, 0.65)' }
          }
        />
      )}
    </span>
  );
}

/** 档案审核: profiles by state with counts, filtered and paged on the server. */
export function ProfileQueuePage() {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const { state: stateParam, ...rest } = filters;
  const tab = tabOf(stateParam);
  const queue = useProfileQueue({
    page,
    pageSize,
    state: tab === 'ALL' ? undefined : tab,
    ...rest,
  });
  const counts = queue.data?.counts;
  const total = counts ? STATE_TABS.reduce((sum, s) => sum + (counts[s] ?? 0), 0) : undefined;

  const tabs = [
    ...STATE_TABS.map((s) => ({
      key: s as Tab,
      label: (
        <TabLabel
          label={PROFILE_STATE_LABELS[s]}
          count={counts ? (counts[s] ?? 0) : undefined}
          highlight={s === 'SUBMITTED'}
        />
      ),
    })),
    { key: 'ALL' as Tab, label: <TabLabel label="全部" count={total} /> },
  ];

  return (
    <>
      <PageHeader title="档案审核">
        律师正式提交的个人档案在此审核：核对信息无误后审核通过；有问题的驳回，并写明需要修改的内容。
      </PageHeader>
      <Card>
        <Tabs
          more={TABS_MORE}
          activeKey={tab}
          onChange={(key) => setFilters({ ...rest, state: key === DEFAULT_TAB ? undefined : key })}
          items={tabs}
        />
        <div style={{ marginBottom: 16 }}>
          <ProfileQueueFilters
            value={rest}
            onChange={(f) => setFilters({ ...f, state: stateParam })}
          />
        </div>
        {queue.isError ? (
          <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
        ) : (
          <ProfileQueueTable
            data={queue.data}
            loading={queue.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
          />
        )}
      </Card>
    </>
  );
}
