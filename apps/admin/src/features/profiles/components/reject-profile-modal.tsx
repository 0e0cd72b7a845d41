import { rejectProfileSchema } from '@lx/shared/profile-schemas';
import { ReasonModal } from '@/components/reason-modal';
import { useRejectProfile } from '../api/reject-profile';

// The form asks only for the opinion; the version is the one the page shows.
const opinionSchema = rejectProfileSchema.pick({ opinion: true });

type Props = { profileId: string; version: number; lawyerName: string; onClose: () => void };

/** 驳回: the opinion is required and is shown to the lawyer, who corrects and submits again. */
export function RejectProfileModal({ profileId, version, lawyerName, onClose }: Props) {
  const reject = useRejectProfile();
  return (
    <ReasonModal
      name="profile-reject"
      title={`驳回档案：${lawyerName}`}
      okText="确认驳回"
      field={{
        label: '审核意见',
        name: 'opinion',
        extra: '请写明需要律师修改或补充的内容，律师将看到这段意见。',
        placeholder: '如：证件照片不符合要求，请重新上传近期免冠正面照片',
        maxLength: 500,
      }}
      schema={opinionSchema}
      pending={reject.isPending}
      onSubmit={({ opinion }: { opinion: string }) =>
        reject.mutateAsync({ id: profileId, version, opinion })
      }
      successMessage="已驳回，律师修改后可重新提交"
      onClose={onClose}
    />
  );
}
