import { Card } from 'antd';
import { TICKET_AGES, TICKET_CATEGORIES, type TicketQueueQuery } from '@lx/shared/ticket-schemas';
import { TICKET_STATE_LABELS, TICKET_STATES } from '@lx/shared/ticket-workflow';
import { PageHeader } from '@/components/page-header';
import { ALL_STATES, StateTabs, stateTabOf } from '@/components/state-tabs';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useTicketQueue } from '../api/get-ticket-queue';
import { TicketQueueFilters } from '../components/ticket-queue-filters';
import { TicketQueueTable } from '../components/ticket-queue-table';

const FILTER_KEYS = ['state', 'category', 'olderThan', 'mine', 'q'] as const;

/** 工单处理: members' tickets by state with counts, filtered and paged on the server. */
export function TicketQueuePage() {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const { state: stateParam, ...rest } = filters;
  const tab = stateTabOf(TICKET_STATES, stateParam);
  const query: TicketQueueQuery = {
    page,
    pageSize,
    state: tab === ALL_STATES ? undefined : tab,
    category: TICKET_CATEGORIES.find((c) => c === rest.category),
    olderThan: TICKET_AGES.find((a) => a === rest.olderThan),
    mine: rest.mine === 'true' ? 'true' : undefined,
    q: rest.q,
  };
  const queue = useTicketQueue(query);

  return (
    <>
      <PageHeader title="工单处理">
        会员提交的工单在此处理：待处理的工单指派给自己后回复会员，会员会收到站内通知；问题解决后标记为已解决并关闭工单。
      </PageHeader>
      <Card>
        <StateTabs
          states={TICKET_STATES}
          labels={TICKET_STATE_LABELS}
          counts={queue.data?.counts}
          active={tab}
          onChange={(state) => setFilters({ ...rest, state })}
        />
        <div style={{ marginBottom: 16 }}>
          <TicketQueueFilters
            value={rest}
            onChange={(f) => setFilters({ ...f, state: stateParam })}
          />
        </div>
        {queue.isError ? (
          <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
        ) : (
          <TicketQueueTable
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
