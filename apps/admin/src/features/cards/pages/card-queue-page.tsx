import { Card, Tabs } from 'antd';
import type { CardQueueQuery } from '@lx/shared/card-schemas';
import {
  CARD_APPLICATION_KINDS,
  CARD_APPLICATION_STATE_LABELS,
  CARD_APPLICATION_STATES,
  type CardApplicationState,
} from '@lx/shared/card-workflow';
import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useCardQueue } from '../api/get-card-queue';
import { BulkTransitionToolbar } from '../components/bulk-transition-toolbar';
import { CardQueueFilters } from '../components/card-queue-filters';
import { CardQueueTable } from '../components/card-queue-table';
import { forwardStepOf } from '../components/card-workflow-steps';

const FILTER_KEYS = ['state', 'kind', 'appliedFrom', 'appliedTo', 'q'] as const;

// 全部 first, then every state in workflow order; the tab is the `state` filter in the URL.
const ALL = 'ALL';
type Tab = CardApplicationState | typeof ALL;

function tabOf(value: string | undefined): Tab {
  return CARD_APPLICATION_STATES.find((s) => s === value) ?? ALL;
}

function tabLabel(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${count})`;
}

/** The tab's forward step, when it has one: then its rows can be ticked and moved together. */
function bulkStepOf(tab: Tab) {
  if (tab === ALL) return null;
  const step = forwardStepOf(tab);
  return step ? { state: tab, step } : null;
}

/** The ticked applications, kept only while the list they were ticked in stays the same. */
function useScopedSelection(scope: string) {
  const [selection, setSelection] = useState<{ scope: string; ids: string[] }>({
    scope,
    ids: [],
  });
  const ids = selection.scope === scope ? selection.ids : [];
  const setIds = (next: string[]) => setSelection({ scope, ids: next });
  return [ids, setIds] as const;
}

/** 会员卡办理: applications by state with counts; each forward step also for many at once. */
export function CardQueuePage() {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const { state: stateParam, ...rest } = filters;
  const tab = tabOf(stateParam);
  const query: CardQueueQuery = {
    page,
    pageSize,
    state: tab === ALL ? undefined : tab,
    kind: CARD_APPLICATION_KINDS.find((k) => k === rest.kind),
    appliedFrom: rest.appliedFrom,
    appliedTo: rest.appliedTo,
    q: rest.q,
  };
  const queue = useCardQueue(query);
  const counts = queue.data?.counts;
  const total = counts
    ? CARD_APPLICATION_STATES.reduce((sum, s) => sum + (counts[s] ?? 0), 0)
    : undefined;

  const bulk = bulkStepOf(tab);
  const [selectedIds, setSelectedIds] = useScopedSelection(JSON.stringify(query));
  // Rows that left the list (moved on by someone else) no longer count as selected.
  const shownIds = new Set(queue.data?.items.map((item) => item.id));
  const selected = selectedIds.filter((id) => shownIds.has(id));

  const tabs = [
    { key: ALL, label: tabLabel('全部', total) },
    ...CARD_APPLICATION_STATES.map((s) => ({
      key: s,
      label: tabLabel(CARD_APPLICATION_STATE_LABELS[s], counts ? (counts[s] ?? 0) : undefined),
    })),
  ];

  return (
    <>
      <PageHeader title="会员卡办理">
        律师提交的会员卡申请在此办理：依次受理、印制、制卡、验卡，律师领卡后办结；信息有误的申请可在受理前后驳回。
      </PageHeader>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setFilters({ ...rest, state: key === ALL ? undefined : key })}
          items={tabs}
        />
        <div style={{ marginBottom: 16 }}>
          <CardQueueFilters
            value={rest}
            onChange={(f) => setFilters({ ...f, state: stateParam })}
          />
        </div>
        {bulk ? (
          <BulkTransitionToolbar
            step={bulk.step}
            selectedIds={selected}
            onDone={() => setSelectedIds([])}
          />
        ) : null}
        {queue.isError ? (
          <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
        ) : (
          <CardQueueTable
            data={queue.data}
            loading={queue.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
            selection={
              bulk
                ? { state: bulk.state, selectedIds: selected, onChange: setSelectedIds }
                : undefined
            }
          />
        )}
      </Card>
    </>
  );
}
