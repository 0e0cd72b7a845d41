import { ArrowLeftOutlined } from '@ant-design/icons';
import { Col, Flex, Row } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { Link, useLocation, useParams } from 'react-router';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { useCertificateApplication } from '../api/get-certificate-application';
import { ApplicationInfoCard } from '../components/application-info-card';
import { CertificateContentCard } from '../components/certificate-content-card';
import type { CertificateQueueLinkState } from '../components/certificate-queue-table';
import { CertificateReviewActions } from '../components/certificate-review-actions';
import { CertificateStateTag } from '../components/certificate-state-tag';
import { PaperCopiesCard } from '../components/paper-copies-card';

/** Back to the queue as the reviewer left it (tab, filters, page), when they came from there. */
function backHref(state: unknown): string {
  const from = (state as Partial<CertificateQueueLinkState> | null)?.from;
  const list = paths.certificates.path;
  return typeof from === 'string' && (from === list || from.startsWith(`${list}?`))
    ? from
    : paths.certificates.getHref();
}

function BackLink() {
  const location = useLocation();
  return (
    <Link to={backHref(location.state)} style={{ display: 'inline-block', marginBottom: 12 }}>
      <ArrowLeftOutlined /> 返回证明审核列表
    </Link>
  );
}

/** 证明详情: the application, the certificate's text and its paper copies; review or revoke. */
export function CertificateApplicationPage() {
  const { id = '' } = useParams();
  const detail = useCertificateApplication(id);

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
        extra={<CertificateReviewActions application={application} />}
      >
        {[
          application.applicantName,
          application.typeName,
          `申请时间 ${formatDateTime(application.createdAt)}`,
        ].join(' · ')}
      </PageHeader>
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
