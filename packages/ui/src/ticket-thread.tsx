import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Avatar, Flex, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { TicketAttachment, TicketMessage } from '@lx/shared/ticket-schemas';

/** Who reads the thread: the member who opened the ticket, or an officer in the console. */
export type TicketThreadViewer = 'member' | 'staff';

/**
 * The member sees 我 for their own messages and 协会工作人员 with the officer's name; an officer
 * sees 提交人 or 工作人员 with the name, since several officers may answer one ticket.
 */
function authorText(message: TicketMessage, viewer: TicketThreadViewer): string {
  if (viewer === 'member')
    return message.author === 'MEMBER' ? '我' : `协会工作人员 ${message.authorName}`;
  return `${message.author === 'MEMBER' ? '提交人' : '工作人员'} ${message.authorName}`;
}

function avatarText(message: TicketMessage, viewer: TicketThreadViewer): string {
  if (viewer === 'member') return message.author === 'MEMBER' ? '我' : '协';
  return message.authorName.slice(0, 1) || (message.author === 'MEMBER' ? '提' : '协');
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A message's files, each opened in a new tab. */
function MessageAttachments({
  attachments,
  attachmentUrl,
}: {
  attachments: TicketAttachment[];
  attachmentUrl: (attachmentId: string) => string;
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
          <a href={attachmentUrl(attachment.id)} target="_blank" rel="noopener noreferrer">
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

function ThreadMessage({
  message,
  viewer,
  attachmentUrl,
}: {
  message: TicketMessage;
  viewer: TicketThreadViewer;
  attachmentUrl: (attachmentId: string) => string;
}) {
  const fromMember = message.author === 'MEMBER';
  return (
    <Flex gap={12} align="flex-start">
      <Avatar
        aria-hidden
        style={{ flexShrink: 0, backgroundColor: fromMember ? '#9f1d20' : '#1677ff' }}
      >
        {avatarText(message, viewer)}
      </Avatar>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex wrap gap={8} align="baseline">
          <Typography.Text strong>{authorText(message, viewer)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
          </Typography.Text>
        </Flex>
        <div
          style={{
            marginTop: 4,
            padding: '8px 12px',
            borderRadius: 6,
            background: fromMember ? '#fafafa' : '#f0f5ff',
            overflowWrap: 'anywhere',
          }}
        >
          <div style={{ whiteSpace: 'pre-wrap' }}>{message.body}</div>
          <MessageAttachments attachments={message.attachments} attachmentUrl={attachmentUrl} />
        </div>
      </div>
    </Flex>
  );
}

/**
 * 工单对话: the description (first message), then every answer and follow-up, oldest first.
 * `attachmentUrl` differs per app (the member's and the console's download routes).
 */
export function TicketThread({
  messages,
  viewer,
  attachmentUrl,
}: {
  messages: TicketMessage[];
  viewer: TicketThreadViewer;
  attachmentUrl: (attachmentId: string) => string;
}) {
  if (messages.length === 0) return <Typography.Text type="secondary">暂无对话</Typography.Text>;
  return (
    <Flex vertical gap={20} role="list" aria-label="工单对话" style={{ margin: 0, padding: 0 }}>
      {messages.map((message) => (
        <div role="listitem" key={message.id}>
          <ThreadMessage message={message} viewer={viewer} attachmentUrl={attachmentUrl} />
        </div>
      ))}
    </Flex>
  );
}
