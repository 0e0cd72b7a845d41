import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import {
  GENDER_LABELS,
  PRACTICE_CATEGORY_LABELS,
  ORGANISATION_ROLE_LABELS,
} from '@lx/shared/labels';
import type { PracticeRecord } from '@lx/shared/profile-schemas';
import { paths } from '@/config/paths';
import { BasicStepActions } from './basic-step-actions';
import { StepHeading } from '@/components/step-heading';

// Wrong licence data is corrected by staff through a ticket that points back at this step.
const wrongDataTicket = paths.newTicket.getHref({
  category: '信息有误',
  title: '执业信息有误',
  link: '/profile/basic?step=1',
});

type BasicPracticeRecordStepProps = {
  record: PracticeRecord;
  onNext: () => void;
  nextLoading: boolean;
};

/** Step 1 执业信息: the licence data, read-only; the lawyer may go on even when it is wrong. */
export function BasicPracticeRecordStep({
  record,
  onNext,
  nextLoading,
}: BasicPracticeRecordStepProps) {
  return (
    <>
      <StepHeading title="执业信息">
        请您认真<Typography.Text strong>核对</Typography.Text>
        以下执业信息，须与律师执业证上登记信息保持一致。
      </StepHeading>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'name', label: '姓名', children: record.name },
          { key: 'gender', label: '性别', children: GENDER_LABELS[record.gender] },
          { key: 'authority', label: '主管机关', children: record.authority },
          {
            key: 'category',
            label: '执业类别',
            children: PRACTICE_CATEGORY_LABELS[record.practiceCategory],
          },
          { key: 'organisation', label: '执业机构', children: record.organisationName },
          {
            key: 'role',
            label: '所内身份',
            children: ORGANISATION_ROLE_LABELS[record.organisationRole],
          },
          { key: 'licence', label: '执业证号', children: record.licenceNo ?? '—' },
          { key: 'idNo', label: '身份证号', children: record.idNo },
        ]}
      />
      <Alert
        type="warning"
        showIcon
        icon={<ExclamationCircleOutlined />}
        style={{ marginTop: 16 }}
        title="以上信息非常重要，如登记有误，请通过“工单系统”向我们反馈。反馈后，可直接跳过，不需要等变更生效。"
        description={<Link to={wrongDataTicket}>信息有误？提交工单</Link>}
      />
      <BasicStepActions
        onNext={onNext}
        nextLoading={nextLoading}
        hint={
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            如确认无误，请点击“下一步”按钮。
          </Typography.Text>
        }
      />
    </>
  );
}
