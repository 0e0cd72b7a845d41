import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Avatar, Flex, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { TicketAttachment, TicketMessage } from '@lx/shared/ticket-schemas';
import { ticketAttachmentUrl } from '../api/ticket-form-data';

/** 我 for the member's own messages, 协会工作人员 and the name for the association's. */
function authorText(message: TicketMessage): string {
  return message.author === 'MEMBER' ? '我' : `协会工作人员 ${message.authorName}`;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A message's files, each opened in a new tab. */
function MessageAttachments({
  ticketId,
  attachments,
}: {
  ticketId: string;
  attachments: TicketAttachment[];
}) {
  if (attachments.length === 0) return null;
  return (
    <Flex vertical gap={2} style={{ marginTop: 8 }}>
      {attachments.map((attachment) => (
        <div key={attachment.id} style={{ overflowWrap: 'anywhere' }}>
          {attachment.contentType === 'application/pdf' ? (
            <FilePdfOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
          ) : (
            <FileImageOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
          )}
          <a
            href={ticketAttachmentUrl(ticketId, attachment.id)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {attachment.filename}
          </a>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
            {sizeText(attachment.size)}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}

function ThreadMessage({ ticketId, message }: { ticketId: string; message: TicketMessage }) {
  const mine = message.author === 'MEMBER';
  const author = authorText(message);
  return (
    <Flex gap={12} align="flex-start">
      <Avatar aria-hidden style={{ flexShrink: 0, backgroundColor: mine ? '#9f1d20' : '#1677ff' }}>
        {mine ? '我' : '协'}
      </Avatar>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex wrap gap={8} align="baseline">
          <Typography.Text strong>{author}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
          </Typography.Text>
        </Flex>
        <div
          style={{
            marginTop: 4,
            padding: '8px 12px',
            borderRadius: 6,
            background: mine ? '#fafafa' : '#f0f5ff',
            overflowWrap: 'anywhere',
          }}
        >
          <div style={{ whiteSpace: 'pre-wrap' }}>{message.body}</div>
          <MessageAttachments ticketId={ticketId} attachments={message.attachments} />
        </div>
      </div>
    </Flex>
  );
}

/** 工单对话: the description first, then the association's answers and my follow-ups. */
export function TicketThread({
  ticketId,
  messages,
}: {
  ticketId: string;
  messages: TicketMessage[];
}) {
  return (
    <Flex vertical gap={20} role="list" aria-label="工单对话" style={{ margin: 0, padding: 0 }}>
      {messages.map((message) => (
        <div role="listitem" key={message.id}>
          <ThreadMessage ticketId={ticketId} message={message} />
        </div>
      ))}
    </Flex>
  );
}
