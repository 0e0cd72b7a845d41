import { Badge, Flex, Tag, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import type { Notification } from '@lx/shared/notification-schemas';
import { formatDateTime } from '@lx/shared/dates';

type NotificationItemProps = {
  notification: Notification;
  busy: boolean;
  onOpen: (n: Notification) => void;
};

export function NotificationItem({ notification, busy, onOpen }: NotificationItemProps) {
  const unread = !notification.readAt;
  return (
    <button
      type="button"
      onClick={() => onOpen(notification)}
      disabled={busy}
      aria-label={`${unread ? '未读消息：' : ''}${notification.title}`}
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'left',
        padding: '12px 16px',
        border: 0,
        borderBottom: '1px solid #f0f0f0',
        background: unread ? '#fff8f6' : '#fff',
        cursor: busy ? 'wait' : 'pointer',
        font: 'inherit',
      }}
    >
      <Flex justify="space-between" align="baseline" gap={12} wrap>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          {unread ? <Badge status="error" /> : null}
          <Typography.Text strong={unread} style={{ fontSize: 15 }}>
            {notification.title}
          </Typography.Text>
          {notification.link ? <LinkOutlined aria-hidden style={{ color: '#9f1d20' }} /> : null}
        </Flex>
        <Flex align="center" gap={8}>
          {unread ? <Tag color="red">未读</Tag> : <Tag>已读</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(notification.createdAt)}
          </Typography.Text>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }}>
        {notification.body}
      </Typography.Paragraph>
    </button>
  );
}
