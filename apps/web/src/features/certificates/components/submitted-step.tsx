import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { paths } from '@/config/paths';

type SubmittedStepProps = {
  application: CertificateApplication;
  onRestart: () => void;
};

/** Step 5 提交成功: approved at once (自动审核) or waiting for staff (人工审核). */
export function SubmittedStep({ application, onRestart }: SubmittedStepProps) {
  const navigate = useNavigate();
  const approved = application.state === 'APPROVED';
  const subTitle = approved
    ? `证明编号：${application.certificateNumber ?? ''}。可在“我的证明”中下载证明或发送到邮箱。`
    : `申请编号：${application.number}。律师协会工作人员审核后，可在“我的证明”中查看审核结果。`;
  return (
    <Result
      status="success"
      title={approved ? '申请已通过' : '申请已提交'}
      subTitle={subTitle}
      extra={[
        <Button key="again" onClick={onRestart}>
          再次申请
        </Button>,
        <Button
          key="view"
          type="primary"
          onClick={() => void navigate(paths.certificate.getHref(application.id))}
        >
          查看证明
        </Button>,
      ]}
    />
  );
}
