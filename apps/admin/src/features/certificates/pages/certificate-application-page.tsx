import { Col, Flex, Row, Space } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { useParams } from 'react-router';
import { CERTIFICATE_STATE_LABELS } from '@lx/shared/certificate-workflow';
import { RecordChangeAlert, RefreshButton, useRecordChangeNotice } from '@lx/ui/record-freshness';
import { BackToQueue } from '@/lib/queue-link';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useCertificateApplication } from '../api/get-certificate-application';
import { ApplicationInfoCard } from '../components/application-info-card';
import { CertificateContentCard } from '../components/certificate-content-card';
import { CertificateReviewActions } from '../components/certificate-review-actions';
import { CertificateStateTag } from '@lx/ui/state-tags';
import { PaperCopiesCard } from '../components/paper-copies-card';

function BackLink() {
  return <BackToQueue list={paths.certificates.path} label="返回证明审核列表" />;
}

/** 证明详情: the application, the certificate's text and its paper copies; review or revoke. */
export function CertificateApplicationPage() {
  const { id = '' } = useParams();
  const detail = useCertificateApplication(id);
  const change = useRecordChangeNotice(detail.data, CERTIFICATE_STATE_LABELS, '申请');

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        <BackLink />
        <PageHeader title="证明详情" />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }

  const application = detail.data;
  return (
    <>
      <BackLink />
      <PageHeader
        title={application.number}
        tags={<CertificateStateTag state={application.state} />}
        extra={
          <Space wrap>
            <RefreshButton fetching={detail.isFetching} onRefresh={detail.refetch} />
            <CertificateReviewActions application={application} />
          </Space>
        }
      >
        {[
          application.applicantName,
          application.typeName,
          `申请时间 ${formatDateTime(application.createdAt)}`,
        ].join(' · ')}
      </PageHeader>
      <RecordChangeAlert notice={change.notice} onClose={change.dismiss} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Flex vertical gap={16}>
            <ApplicationInfoCard application={application} />
            <PaperCopiesCard application={application} />
          </Flex>
        </Col>
        <Col xs={24} xl={13}>
          <CertificateContentCard application={application} />
        </Col>
      </Row>
    </>
  );
}
