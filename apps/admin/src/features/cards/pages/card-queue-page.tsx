import { Card } from 'antd';
import type { CardQueueQuery } from '@lx/shared/card-schemas';
import {
  CARD_APPLICATION_KINDS,
  CARD_APPLICATION_STATE_LABELS,
  CARD_APPLICATION_STATES,
  type CardApplicationState,
} from '@lx/shared/card-workflow';
import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { ALL_STATES, StateTabs, stateTabOf, type StateTab } from '@/components/state-tabs';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useCardQueue } from '../api/get-card-queue';
import { BulkTransitionToolbar } from '../components/bulk-transition-toolbar';
import { CardQueueFilters } from '../components/card-queue-filters';
import { CardQueueTable } from '../components/card-queue-table';
import { forwardStepOf } from '../components/card-workflow-steps';

const FILTER_KEYS = ['state', 'kind', 'appliedFrom', 'appliedTo', 'q'] as const;

/** The tab's forward step, when it has one: then its rows can be ticked and moved together. */
function bulkStepOf(tab: StateTab<CardApplicationState>) {
  if (tab === ALL_STATES) return null;
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
  const tab = stateTabOf(CARD_APPLICATION_STATES, stateParam);
  const query: CardQueueQuery = {
    page,
    pageSize,
    state: tab === ALL_STATES ? undefined : tab,
    kind: CARD_APPLICATION_KINDS.find((k) => k === rest.kind),
    appliedFrom: rest.appliedFrom,
    appliedTo: rest.appliedTo,
    q: rest.q,
  };
  const queue = useCardQueue(query);

  const bulk = bulkStepOf(tab);
  const [selectedIds, setSelectedIds] = useScopedSelection(JSON.stringify(query));
  // Rows that left the list (moved on by someone else) no longer count as selected.
  const shownIds = new Set(queue.data?.items.map((item) => item.id));
  const selected = selectedIds.filter((id) => shownIds.has(id));

  return (
    <>
      <PageHeader title="会员卡办理">
        律师提交的会员卡申请在此办理：依次受理、印制、制卡、验卡，律师领卡后办结；信息有误的申请可在受理前后驳回。
      </PageHeader>
      <Card>
        <StateTabs
          states={CARD_APPLICATION_STATES}
          labels={CARD_APPLICATION_STATE_LABELS}
          counts={queue.data?.counts}
          active={tab}
          onChange={(state) => setFilters({ ...rest, state })}
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
