import { leaveDecisionSchema, leaveRejectionSchema } from '@lx/shared/event-schemas';
import { LEAVE_WORKFLOW } from '@lx/shared/event-workflow';
import { ReasonModal } from '@/components/reason-modal';
import { useApproveLeave, useRejectLeave } from '../api/leaves';
import type { LeaveQueue } from '../api/leaves';

type LeaveRow = LeaveQueue['items'][number];
type Props = { leave: LeaveRow; onClose: () => void };

/** 批准 with an optional opinion: the registration becomes 已请假 and counts as no no-show. */
export function ApproveLeaveModal({ leave, onClose }: Props) {
  const approve = useApproveLeave();
  const { label } = LEAVE_WORKFLOW.transitions.approve;
  return (
    <ReasonModal
      name="leave-approve"
      title={`${label}请假`}
      okText={`确认${label}`}
      danger={false}
      field={{
        label: '审核意见',
        name: 'reason',
        required: false,
        extra: `${leave.name} 的“${leave.eventTitle}”请假将被批准，请假期间不计缺席。审核意见选填，会员可以看到。`,
        placeholder: '选填',
        maxLength: 200,
      }}
      schema={leaveDecisionSchema}
      pending={approve.isPending}
      onSubmit={({ reason }: { reason?: string }) => approve.mutateAsync({ id: leave.id, reason })}
      successMessage="已批准请假"
      onClose={onClose}
    />
  );
}

/** 驳回 with the reason the member reads; the registration stays 已报名 (absence counts). */
export function RejectLeaveModal({ leave, onClose }: Props) {
  const reject = useRejectLeave();
  const { label } = LEAVE_WORKFLOW.transitions.reject;
  return (
    <ReasonModal
      name="leave-reject"
      title={`${label}请假`}
      okText={`确认${label}`}
      field={{
        label: '驳回原因',
        name: 'reason',
        extra: `${leave.name} 的“${leave.eventTitle}”请假将被驳回，会员将看到这段原因；未签到仍计为缺席。`,
        placeholder: '如：请假说明不足，请补充证明材料后重新申请',
        maxLength: 200,
      }}
      schema={leaveRejectionSchema}
      pending={reject.isPending}
      onSubmit={({ reason }: { reason: string }) => reject.mutateAsync({ id: leave.id, reason })}
      successMessage="已驳回请假"
      onClose={onClose}
    />
  );
}
