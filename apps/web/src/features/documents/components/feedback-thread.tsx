import { Alert, Avatar, Button, Flex, Skeleton, Tag, Typography } from 'antd';
import { formatDateTime } from '@lx/shared/dates';
import type { Feedback } from '@lx/shared/document-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { useFeedback } from '../api/get-feedback';
import { AttachmentLinks } from './attachment-links';

function FeedbackMessage({ feedback }: { feedback: Feedback }) {
  return (
    <Flex gap={12} align="flex-start">
      <Avatar
        aria-hidden
        style={{ flexShrink: 0, backgroundColor: feedback.fromStaff ? '#1677ff' : '#9f1d20' }}
      >
        {feedback.fromStaff ? '协' : feedback.authorName.slice(0, 1) || '我'}
      </Avatar>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex wrap gap={8} align="center">
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {feedback.authorName}
          </Typography.Text>
          {feedback.fromStaff ? (
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              协会回复
            </Tag>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <time dateTime={feedback.createdAt}>{formatDateTime(feedback.createdAt)}</time>
          </Typography.Text>
        </Flex>
        <div
          style={{
            marginTop: 4,
            padding: '8px 12px',
            borderRadius: 6,
            background: feedback.fromStaff ? '#f0f5ff' : '#fafafa',
            overflowWrap: 'anywhere',
          }}
        >
          <div style={{ whiteSpace: 'pre-wrap' }}>{feedback.body}</div>
          {feedback.attachments.length > 0 ? (
            <div style={{ marginTop: 8 }}>
              <AttachmentLinks attachments={feedback.attachments} label="反馈附件" />
            </div>
          ) : null}
        </div>
      </div>
    </Flex>
  );
}

/** 反馈情况: every feedback on the document and the association's replies, oldest first. */
export function FeedbackThread({ documentId }: { documentId: string }) {
  const feedback = useFeedback(documentId);
  if (feedback.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (feedback.isError)
    return (
      <Alert
        type="error"
        showIcon
        title={`无法读取反馈：${errorMessage(feedback.error)}`}
        action={<Button onClick={() => void feedback.refetch()}>重试</Button>}
      />
    );
  if (feedback.data.length === 0)
    return <Typography.Text type="secondary">暂无反馈</Typography.Text>;
  return (
    <Flex vertical gap={20} role="list" aria-label="反馈列表">
      {feedback.data.map((item) => (
        <div role="listitem" key={item.id}>
          <FeedbackMessage feedback={item} />
        </div>
      ))}
    </Flex>
  );
}
