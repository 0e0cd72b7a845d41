import { FileImageOutlined, FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { DocumentAttachment } from '@lx/shared/document-schemas';
import { documentAttachmentUrl } from '../api/document-form-data';
import { formatFileSize } from './document-texts';

function FileIcon({ contentType }: { contentType: string }) {
  const style = { marginInlineEnd: 4 };
  if (contentType === 'application/pdf') return <FilePdfOutlined aria-hidden style={style} />;
  if (contentType.startsWith('image/')) return <FileImageOutlined aria-hidden style={style} />;
  return <FileOutlined aria-hidden style={style} />;
}

/** Files of a document or a feedback: each downloaded under its own name. */
export function AttachmentLinks({
  attachments,
  label,
}: {
  attachments: DocumentAttachment[];
  /** Names the list for screen readers: 附件, 反馈附件. */
  label: string;
}) {
  if (attachments.length === 0) return null;
  return (
    <Flex vertical gap={4} role="list" aria-label={label}>
      {attachments.map((attachment) => (
        <div role="listitem" key={attachment.id} style={{ overflowWrap: 'anywhere' }}>
          <FileIcon contentType={attachment.contentType} />
          <a href={documentAttachmentUrl(attachment.id)} download={attachment.filename}>
            {attachment.filename}
          </a>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
            {formatFileSize(attachment.size)}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}
