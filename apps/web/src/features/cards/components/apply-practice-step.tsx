import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { Link } from 'react-router';
import type { CardPracticeData } from '@lx/shared/card-schemas';
import type { CardApplicationKind } from '@lx/shared/card-workflow';
import { paths } from '@/config/paths';
import { ApplyStepActions } from './apply-step-actions';
import { StepHeading } from '@/components/step-heading';
import { PracticeRecordDescriptions } from './practice-descriptions';

type ApplyPracticeStepProps = {
  kind: CardApplicationKind;
  practice: CardPracticeData;
  onPrevious: () => void;
  onNext: () => void;
};

/** Step 1 执业信息: the licence data, read-only; wrong data is reported by ticket, not fixed here. */
export function ApplyPracticeStep({ kind, practice, onPrevious, onNext }: ApplyPracticeStepProps) {
  // The ticket points back at this step; the applicant may go on without waiting for the fix.
  const wrongDataTicket = paths.newTicket.getHref({
    category: '会员卡',
    title: '会员卡申请：执业信息有误',
    link: paths.cardApply.getHref(kind, 1),
  });
  return (
    <>
      <StepHeading title="执业信息">
        请您认真<Typography.Text strong>核对</Typography.Text>
        以下执业信息，须与律师执业证上登记信息保持一致。
      </StepHeading>
      <PracticeRecordDescriptions data={practice} />
      <Alert
        type="warning"
        showIcon
        icon={<ExclamationCircleOutlined />}
        style={{ marginTop: 16 }}
        title="以上信息非常重要，如登记有误，请通过“工单系统”向我们反馈。反馈后可直接继续申请，不需要等变更生效。"
        description={<Link to={wrongDataTicket}>信息有误？提交工单</Link>}
      />
      <ApplyStepActions
        onPrevious={onPrevious}
        onNext={onNext}
        hint={
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            如确认无误，请点击“下一步”按钮。
          </Typography.Text>
        }
      />
    </>
  );
}
