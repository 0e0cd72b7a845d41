import { Button, Card, Flex, Typography } from 'antd';
import { SECRECY_LEVEL_LABELS, type MemberDocumentSummary } from '@lx/shared/document-schemas';
import { DocumentTags } from './document-tags';

type DocumentListProps = {
  documents: MemberDocumentSummary[];
  onOpen: (document: MemberDocumentSummary) => void;
};

/** 我的公文 on a phone: a card each, newest first. */
export function DocumentCards({ documents, onOpen }: DocumentListProps) {
  return (
    <Flex vertical gap={12} role="list" aria-label="公文列表">
      {documents.map((document) => (
        <div role="listitem" key={document.id}>
          <Card size="small">
            <Flex wrap gap={6} align="center" style={{ marginBottom: 4 }}>
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {document.number}
              </Typography.Text>
              <DocumentTags document={document} />
            </Flex>
            <h2
              style={{
                fontSize: 15,
                margin: '0 0 4px',
                fontWeight: document.readAt === null ? 600 : 500,
                overflowWrap: 'anywhere',
              }}
            >
              {document.title}
            </h2>
            <Flex vertical gap={2} style={{ fontSize: 13, marginBottom: 8 }}>
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {`来文单位：${document.issuer}`}
              </Typography.Text>
              <Typography.Text type="secondary">
                {`收文日期：${document.receivedOn}；保密等级：${SECRECY_LEVEL_LABELS[document.secrecy]}`}
              </Typography.Text>
            </Flex>
            <Button aria-label={`查看：${document.title}`} onClick={() => onOpen(document)}>
              查看
            </Button>
          </Card>
        </div>
      ))}
    </Flex>
  );
}
