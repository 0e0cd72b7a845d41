import { Typography } from 'antd';
import { Link } from 'react-router';
import type { ApplicantProfile } from '@lx/shared/certificate-schemas';
import { StepHeading } from '@/components/step-heading';
import { paths } from '@/config/paths';
import { ApplicantDescriptions } from './applicant-descriptions';
import { ApplyStepActions } from './apply-step-actions';

type ApplicantStepProps = {
  applicant: ApplicantProfile;
  onNext: () => void;
  nextLoading: boolean;
};

/** Step 1 信息确认: the applicant's data, read-only; wrong data is reported by ticket. */
export function ApplicantStep({ applicant, onNext, nextLoading }: ApplicantStepProps) {
  const wrongDataTicket = paths.newTicket.getHref({
    category: '电子证明',
    title: '电子证明申请：申请人信息有误',
    link: paths.certificateApply.getHref(1),
  });
  return (
    <>
      <StepHeading title="信息确认">
        请您认真<Typography.Text strong>核对</Typography.Text>
        以下信息，确认无误后点击“信息无误，下一步”。
      </StepHeading>
      <ApplicantDescriptions applicant={applicant} />
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 13 }}>
        以上信息将写入电子证明。如登记有误，请<Link to={wrongDataTicket}>提交工单</Link>
        反馈。
      </Typography.Paragraph>
      <ApplyStepActions nextLabel="信息无误，下一步" onNext={onNext} nextLoading={nextLoading} />
    </>
  );
}
