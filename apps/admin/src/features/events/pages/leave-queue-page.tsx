import { Card } from 'antd';
import { LEAVE_BEFORE_START_HOURS } from '@lx/shared/event-rules';
import { LEAVE_STATE_LABELS, LEAVE_STATES } from '@lx/shared/event-workflow';
import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { ALL_STATES, StateTabs } from '@/components/state-tabs';
import { useListParams } from '@/lib/use-list-params';
import { useLeaveQueue } from '../api/leaves';
import { leaveQueueQuery } from '../components/event-list-queries';
import { ApproveLeaveModal, RejectLeaveModal } from '../components/leave-decision-modal';
import { LeaveTable, type LeaveDecision, type LeaveRow } from '../components/leave-table';

const FILTER_KEYS = ['state'] as const;

/** 请假审核: members' leave requests by state with counts; 批准 or 驳回 each pending one. */
export function LeaveQueuePage() {
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const query = leaveQueueQuery({ page, pageSize }, filters);
  const queue = useLeaveQueue(query);
  const [deciding, setDeciding] = useState<{ leave: LeaveRow; decision: LeaveDecision } | null>(
    null,
  );
  const close = () => setDeciding(null);

  return (
    <>
      <PageHeader title="请假审核">
        会员在报名截止后、活动开始 {LEAVE_BEFORE_START_HOURS}{' '}
        小时前可申请请假。批准后该报名记为已请假，不计缺席；驳回后仍需按时参加，未签到将记为缺席。
      </PageHeader>
      <Card>
        <StateTabs
          states={LEAVE_STATES}
          labels={LEAVE_STATE_LABELS}
          counts={queue.data?.counts}
          active={query.state ?? ALL_STATES}
          onChange={(state) => setFilters({ state })}
        />
        {queue.isError ? (
          <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
        ) : (
          <LeaveTable
            data={queue.data}
            loading={queue.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
            onDecide={(leave, decision) => setDeciding({ leave, decision })}
          />
        )}
      </Card>
      {deciding?.decision === 'approve' ? (
        <ApproveLeaveModal leave={deciding.leave} onClose={close} />
      ) : null}
      {deciding?.decision === 'reject' ? (
        <RejectLeaveModal leave={deciding.leave} onClose={close} />
      ) : null}
    </>
  );
}
