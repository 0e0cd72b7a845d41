import { rejectCertificateSchema } from '@lx/shared/certificate-schemas';
import { ReasonModal } from '@/components/reason-modal';
import { useRejectCertificate } from '../api/reject-certificate';

// The form asks only for the reason; the version is the one the page shows.
const reasonSchema = rejectCertificateSchema.omit({ version: true });

type Props = {
  applicationId: string;
  applicationNumber: string;
  version: number;
  onClose: () => void;
};

/** 驳回申请: the reason is required and shown to the applicant, who may then apply again. */
export function RejectCertificateModal({
  applicationId,
  applicationNumber,
  version,
  onClose,
}: Props) {
  const reject = useRejectCertificate();
  return (
    <ReasonModal
      name="certificate-reject"
      title="驳回申请"
      okText="确认驳回"
      field={{
        label: '驳回原因',
        name: 'reason',
        extra: `申请 ${applicationNumber} 将被驳回，申请人将看到这段原因。`,
        placeholder: '如：所列律师不在本所执业，请核对后重新申请',
        maxLength: 200,
      }}
      schema={reasonSchema}
      pending={reject.isPending}
      onSubmit={({ reason }: { reason: string }) =>
        reject.mutateAsync({ id: applicationId, version, reason })
      }
      successMessage="已驳回"
      onClose={onClose}
    />
  );
}
