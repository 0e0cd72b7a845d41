import { reversalInputSchema, type TrainingEntry } from '@lx/shared/training-schemas';
import { TRAINING_KIND_LABELS } from '@lx/shared/training-kinds';
import { ReasonModal } from '@/components/reason-modal';
import { useReverseTrainingEntry } from '../api/reverse-entry';

/**
 * 冲销 one line with its reason: a reversing line with the negative hours is added (the line itself
 * stays, marked 已冲销). A 409 (reversed meanwhile) closes the modal with the server's message.
 */
export function ReverseEntryModal({
  entry,
  onClose,
}: {
  entry: TrainingEntry;
  onClose: () => void;
}) {
  const reverse = useReverseTrainingEntry();
  return (
    <ReasonModal
      name="training-entry-reverse"
      title="冲销学时"
      okText="确认冲销"
      field={{
        label: '冲销原因',
        name: 'reason',
        extra: `将冲销 ${entry.date}「${entry.title}」${TRAINING_KIND_LABELS[entry.kind]} ${entry.hours} 学时，冲销后不能撤销。`,
        placeholder: '如：重复录入，已由活动签到计入',
        maxLength: 200,
      }}
      schema={reversalInputSchema}
      pending={reverse.isPending}
      onSubmit={({ reason }: { reason: string }) => reverse.mutateAsync({ id: entry.id, reason })}
      successMessage="已冲销"
      onClose={onClose}
    />
  );
}
