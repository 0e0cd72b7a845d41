import { Alert, Col, Flex, Row } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import { SECRECY_LEVEL_LABELS } from '@lx/shared/document-schemas';
import { DocumentStateTag } from '@lx/ui/state-tags';
import { useParams } from 'react-router';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { BackToQueue } from '@/lib/queue-link';
import { useDocument } from '../api/get-document';
import { CirculationPanel } from '../components/circulation-panel';
import { DocumentActions } from '../components/document-actions';
import { DocumentAttachmentsCard } from '../components/document-attachments-card';
import { DocumentInfoCard } from '../components/document-info-card';
import { FeedbackPanel } from '../components/feedback-panel';

function BackLink() {
  return <BackToQueue list={paths.documents.path} label="返回公文列表" />;
}

/**
 * 公文详情: the document, its state and actions, 附件; once published, 传阅情况 (who has read it)
 * and 反馈情况 (the thread and the association's replies).
 */
export function DocumentDetailPage() {
  const { id = '' } = useParams();
  const detail = useDocument(id);

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        <BackLink />
        <PageHeader title="公文详情" />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }

  const document = detail.data;
  const published = document.publishedAt !== null;
  return (
    <>
      <BackLink />
      <PageHeader
        title={document.title}
        tags={<DocumentStateTag state={document.state} />}
        extra={<DocumentActions document={document} />}
      >
        {[document.number, document.issuer, SECRECY_LEVEL_LABELS[document.secrecy]].join(' · ')}
      </PageHeader>
      <Flex vertical gap={16}>
        {document.withdrawnAt ? (
          <Alert
            type="error"
            showIcon
            title={`公文已于 ${formatDateTime(document.withdrawnAt)} 撤回`}
            description={
              document.withdrawReason ? `撤回原因：${document.withdrawReason}` : undefined
            }
          />
        ) : null}
        {!published ? (
          <Alert
            type="info"
            showIcon
            title="草稿"
            description="草稿只有公文管理员可见；可编辑、增删附件，发布后按传阅对象送达收件人。"
          />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <DocumentInfoCard document={document} />
          </Col>
          <Col xs={24} xl={8}>
            <DocumentAttachmentsCard document={document} />
          </Col>
        </Row>
        {published ? <CirculationPanel document={document} /> : null}
        {published ? <FeedbackPanel document={document} /> : null}
      </Flex>
    </>
  );
}
