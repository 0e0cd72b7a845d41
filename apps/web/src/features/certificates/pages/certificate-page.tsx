import { Card, Col, Flex, Row, Typography } from 'antd';
import { useParams } from 'react-router';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { BackLink, RecordPage } from '@/components/record-page-state';
import { paths } from '@/config/paths';
import { useCertificate } from '../api/get-certificate';
import { ApplicationDescriptions } from '../components/application-descriptions';
import { CertificateStateTag } from '@lx/ui/state-tags';
import { DownloadCertificateLink } from '../components/download-certificate-link';
import { IssuedCertificate } from '../components/issued-certificate';
import { SendCertificateMailButton } from '../components/send-certificate-mail-button';
import { WithdrawCertificateButton } from '../components/withdraw-certificate-button';

const BACK = { to: paths.certificates.getHref(), label: '返回我的证明' };

/** One of my certificate applications: its data beside the certificate, and what can be done. */
export function CertificatePage() {
  const { id = '' } = useParams();
  const application = useCertificate(id);

  return (
    <RecordPage
      query={application}
      back={BACK}
      missing={{ title: '申请不存在', subTitle: '该证明申请不存在，请从我的证明页面进入。' }}
    >
      {(record) => <CertificateView application={record} />}
    </RecordPage>
  );
}

/** 撤回申请 while pending; 下载证明 and 发送邮箱 once issued. */
function CertificateActions({ application }: { application: CertificateApplication }) {
  if (!application.canWithdraw && !application.canDownload) return null;
  return (
    <Flex wrap gap={12} align="center">
      {application.canDownload ? (
        <>
          <DownloadCertificateLink
            id={application.id}
            number={application.certificate?.number ?? null}
          />
          <SendCertificateMailButton id={application.id} contactEmail={application.contactEmail} />
        </>
      ) : null}
      {application.canWithdraw ? <WithdrawCertificateButton id={application.id} /> : null}
    </Flex>
  );
}

function CertificateView({ application }: { application: CertificateApplication }) {
  return (
    <Flex vertical gap={16}>
      <title>{`证明申请 ${application.number} - 律协会员服务平台`}</title>
      <div>
        <BackLink {...BACK} />
      </div>
      <Card
        title={
          <Flex wrap gap={8} align="center" style={{ padding: '8px 0' }}>
            <h1 style={{ fontSize: 18, margin: 0, overflowWrap: 'anywhere' }}>
              {application.typeName}
            </h1>
            <CertificateStateTag state={application.state} />
          </Flex>
        }
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">申请编号：{application.number}</Typography.Text>
          <CertificateActions application={application} />
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>申请信息</h2>}>
            <ApplicationDescriptions application={application} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>电子证明</h2>}>
            <IssuedCertificate
              application={application}
              associationName={application.associationName}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
