import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { useCertificateWizard } from '../api/get-certificate-wizard';
import { CertificateApplyWizard } from '../components/certificate-apply-wizard';

/** 我要申请 (`/certificates/apply?step=1..5`): the five-step e-certificate application. */
export function CertificateApplyPage() {
  const wizard = useCertificateWizard();
  // Each 再次申请 starts a fresh wizard.
  const [round, setRound] = useState(0);
  // The wizard starts from the draft as the server has it now, not from an older cached copy.
  const ready = wizard.data !== undefined && wizard.isFetchedAfterMount;

  return (
    <Card
      title={
        <div style={{ padding: '8px 0' }}>
          <h1 style={{ fontSize: 18, margin: 0 }}>我要申请</h1>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            申请律师协会开具的电子证明
          </Typography.Text>
        </div>
      }
      extra={
        <Link to={paths.certificates.getHref()}>
          <ArrowLeftOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
          返回我的证明
        </Link>
      }
    >
      <title>我要申请 - 律协会员服务平台</title>
      {wizard.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(wizard.error)}
          action={<Button onClick={() => void wizard.refetch()}>重试</Button>}
        />
      ) : null}
      {!ready && !wizard.isError ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {ready && wizard.data ? (
        <CertificateApplyWizard
          key={round}
          wizard={wizard.data}
          onRestart={() => setRound((n) => n + 1)}
        />
      ) : null}
    </Card>
  );
}
