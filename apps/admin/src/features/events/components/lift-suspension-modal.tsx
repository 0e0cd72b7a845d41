import { liftSuspensionSchema, type Suspension } from '@lx/shared/event-schemas';
import { formatDateTime } from '@lx/shared/dates';
import { ReasonModal } from '@/components/reason-modal';
import { useLiftSuspension } from '../api/suspensions';

/** 解除暂停 with its reason (kept with the record): the lawyer may register online again at once. */
export function LiftSuspensionModal({
  suspension,
  onClose,
}: {
  suspension: Suspension;
  onClose: () => void;
}) {
  const lift = useLiftSuspension();
  return (
    <ReasonModal
      name="suspension-lift"
      title="解除暂停"
      okText="确认解除"
      field={{
        label: '解除原因',
        name: 'reason',
        extra: `${suspension.name} 的网上报名暂停（至 ${formatDateTime(suspension.until)}）将立即解除。`,
        placeholder: '如：经核实缺席系因突发疾病，已补交证明',
        maxLength: 200,
      }}
      schema={liftSuspensionSchema}
      pending={lift.isPending}
      onSubmit={({ reason }: { reason: string }) => lift.mutateAsync({ id: suspension.id, reason })}
      successMessage="已解除暂停"
      onClose={onClose}
    />
  );
}
