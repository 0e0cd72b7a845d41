import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { TicketAttachment, TicketMessage } from '@lx/shared/ticket-schemas';
import { ticketAttachmentUrl } from '../api/get-ticket';
import { formatFileSize } from './ticket-attachment-rules';

function AttachmentLinks({
  ticketId,
  attachments,
}: {
  ticketId: string;
  attachments: TicketAttachment[];
}) {
  if (attachments.length === 0) return null;
  return (
    <Flex vertical gap={4} style={{ marginTop: 8 }}>
      {attachments.map((attachment) => (
        <span key={attachment.id}>
          <PaperClipOutlined style={{ marginInlineEnd: 4 }} />
          <a
            href={ticketAttachmentUrl(ticketId, attachment.id)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {attachment.filename}
          </a>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {formatFileSize(attachment.size)}
          </Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

function ThreadMessage({ ticketId, message }: { ticketId: string; message: TicketMessage }) {
  const staff = message.author === 'STAFF';
  return (
    <li style={{ padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
      <Flex align="center" wrap gap={8}>
        <Tag color={staff ? 'blue' : 'default'}>{staff ? '工作人员' : '提交人'}</Tag>
        <Typography.Text strong>{message.authorName}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(message.createdAt)}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph
        style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
      >
        {message.body}
      </Typography.Paragraph>
      <AttachmentLinks ticketId={ticketId} attachments={message.attachments} />
    </li>
  );
}

/** 工单对话: the description (first message) and every reply and follow-up, oldest first. */
export function TicketThread({
  ticketId,
  messages,
}: {
  ticketId: string;
  messages: TicketMessage[];
}) {
  return (
    <Card title="工单对话" role="region" aria-label="工单对话">
      {messages.length === 0 ? (
        <Typography.Text type="secondary">暂无对话</Typography.Text>
      ) : (
        <ol aria-label="工单对话" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {messages.map((message) => (
            <ThreadMessage key={message.id} ticketId={ticketId} message={message} />
          ))}
        </ol>
      )}
    </Card>
  );
}
