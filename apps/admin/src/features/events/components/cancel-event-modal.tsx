import { cancelEventSchema, type CancelEventInput } from '@lx/shared/event-schemas';
import { EVENT_WORKFLOW } from '@lx/shared/event-workflow';
import { ReasonModal } from '@/components/reason-modal';
import { useCancelEvent } from '../api/event-transitions';

type Props = { eventId: string; title: string; onClose: () => void };

/** 取消活动: the reason is required; every registration is cancelled and the members are told why. */
export function CancelEventModal({ eventId, title, onClose }: Props) {
  const cancel = useCancelEvent();
  const { label } = EVENT_WORKFLOW.transitions.cancel;
  return (
    <ReasonModal
      name="event-cancel"
      title={label}
      okText={`确认${label}`}
      field={{
        label: '取消原因',
        name: 'reason',
        extra: `“${title}”将被取消，已报名和候补的会员会收到通知和这段原因。此操作不能撤销。`,
        placeholder: '如：因场地原因，本次活动取消，另行通知',
        maxLength: 200,
      }}
      schema={cancelEventSchema}
      pending={cancel.isPending}
      onSubmit={(input: CancelEventInput) => cancel.mutateAsync({ id: eventId, ...input })}
      successMessage="活动已取消"
      onClose={onClose}
    />
  );
}
