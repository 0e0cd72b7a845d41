import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '@lx/shared/dates';
import type { MemberDocument } from '@lx/shared/document-schemas';
import { DOCUMENT_WORKFLOW } from '@lx/shared/document-workflow';
import { isFinalState } from '@lx/shared/workflow';
import { RecordPage } from '@/components/record-page-state';
import { useDocument } from '../api/get-document';
import { AttachmentLinks } from '../components/attachment-links';
import { CirculationSection } from '../components/circulation-section';
import { DocumentDetails } from '../components/document-details';
import { DocumentParagraphs } from '../components/document-paragraphs';
import { FeedbackForm } from '../components/feedback-form';
import { FeedbackThread } from '../components/feedback-thread';
import { FollowButton } from '../components/follow-button';
import { inboxHref } from '../components/inbox-params';

/** A part of the page with its own heading (附件, 反馈情况, 传阅情况), named by it. */
function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card
      role="region"
      aria-labelledby={`${id}-title`}
      title={
        <h2 id={`${id}-title`} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </h2>
      }
    >
      {children}
    </Card>
  );
}

/** 查看公文: the document, its files, the feedback and who has read it. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const back = { to: inboxHref(location.state), label: '返回我的公文' };
  const document = useDocument(id);
  return (
    <RecordPage
      query={document}
      back={back}
      missing={{
        title: '公文不存在',
        subTitle: '该公文不存在或未传阅给您，请从我的公文页面进入。',
      }}
    >
      {(record) => <DocumentView document={record} backTo={back.to} />}
    </RecordPage>
  );
}

function DocumentView({ document, backTo }: { document: MemberDocument; backTo: string }) {
  const navigate = useNavigate();
  const withdrawn = isFinalState(DOCUMENT_WORKFLOW, document.state);
  return (
    <Flex vertical gap={16}>
      <title>{`${document.title} - 我的公文 - 律协会员服务平台`}</title>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => void navigate(backTo)}>
          返回
        </Button>
        <FollowButton document={document} />
      </Flex>
      {withdrawn ? (
        <Alert
          type="error"
          showIcon
          title={DOCUMENT_WORKFLOW.labels[document.state]}
          description={[
            document.withdrawReason ? `撤回原因：${document.withdrawReason}` : null,
            document.withdrawnAt ? `撤回时间：${formatDateTime(document.withdrawnAt)}` : null,
          ]
            .filter(Boolean)
            .join('；')}
        />
      ) : null}
      <Card
        title={
          <h1
            style={{
              fontSize: 18,
              margin: 0,
              padding: '8px 0',
              overflowWrap: 'anywhere',
              whiteSpace: 'normal',
            }}
          >
            {document.title}
          </h1>
        }
      >
        <Flex vertical gap={16}>
          <DocumentDetails document={document} />
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
            items={[
              { key: 'title', label: '公文标题', children: document.title },
              { key: 'subjectWords', label: '主题词', children: document.subjectWords ?? '—' },
            ]}
          />
          <section aria-labelledby="document-body-title">
            <h2 id="document-body-title" style={{ fontSize: 16, margin: '0 0 8px' }}>
              正文
            </h2>
            <DocumentParagraphs body={document.body} />
          </section>
        </Flex>
      </Card>
      <Section id="document-attachments" title="附件">
        {document.attachments.length > 0 ? (
          <AttachmentLinks attachments={document.attachments} label="公文附件" />
        ) : (
          <span style={{ color: 'rgba(0, 0, 0, 0.6)' }}>无附件</span>
        )}
      </Section>
      <Section id="document-feedback" title="反馈情况">
        <Flex vertical gap={24}>
          <FeedbackThread documentId={document.id} />
          <FeedbackForm document={document} />
        </Flex>
      </Section>
      <Section id="document-circulation" title="传阅情况">
        <CirculationSection document={document} />
      </Section>
    </Flex>
  );
}
