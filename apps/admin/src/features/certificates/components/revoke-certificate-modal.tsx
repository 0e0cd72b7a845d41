import { revokeCertificateSchema } from '@lx/shared/certificate-schemas';
import { ReasonModal } from '@/components/reason-modal';
import { useRevokeCertificate } from '../api/revoke-certificate';

type Props = { applicationId: string; certificateNumber: string; onClose: () => void };

/** 撤销证明: the reason is required; whoever verifies the certificate then reads 已撤销 and why. */
export function RevokeCertificateModal({ applicationId, certificateNumber, onClose }: Props) {
  const revoke = useRevokeCertificate();
  return (
    <ReasonModal
      name="certificate-revoke"
      title="撤销证明"
      okText="确认撤销"
      field={{
        label: '撤销原因',
        name: 'reason',
        extra: `证明 ${certificateNumber} 撤销后不能恢复，查验时将显示为已撤销及撤销原因。`,
        placeholder: '如：证明所依据的信息有误',
        maxLength: 200,
      }}
      schema={revokeCertificateSchema}
      pending={revoke.isPending}
      onSubmit={({ reason }: { reason: string }) =>
        revoke.mutateAsync({ id: applicationId, reason })
      }
      successMessage="证明已撤销"
      onClose={onClose}
    />
  );
}
