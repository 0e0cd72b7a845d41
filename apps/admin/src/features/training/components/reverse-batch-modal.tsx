import { reversalInputSchema, type ImportBatch } from '@lx/shared/training-schemas';
import { ReasonModal } from '@/components/reason-modal';
import { useReverseImportBatch } from '../api/training-imports';

/** 冲销 a batch with its reason: every entry it wrote gets a reversing line (kept, audited). */
export function ReverseBatchModal({ batch, onClose }: { batch: ImportBatch; onClose: () => void }) {
  const reverse = useReverseImportBatch();
  return (
    <ReasonModal
      name="training-batch-reverse"
      title="冲销导入批次"
      okText="确认冲销"
      field={{
        label: '冲销原因',
        name: 'reason',
        extra: `将冲销“${batch.filename}”导入的 ${batch.entries} 条记录（共 ${batch.hours} 学时），相关律师的学时随之扣减；记录保留，可在台账中查看。`,
        placeholder: '如：主办方提供的名单有误，待核实后重新导入',
        maxLength: 200,
      }}
      schema={reversalInputSchema}
      pending={reverse.isPending}
      onSubmit={({ reason }: { reason: string }) => reverse.mutateAsync({ id: batch.id, reason })}
      successMessage="已冲销该批次"
      onClose={onClose}
    />
  );
}
