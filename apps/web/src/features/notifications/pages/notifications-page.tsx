import { Alert, App, Button, Card, Empty, Flex, Pagination, Segmented, Skeleton } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Notification } from '@lx/shared/notification-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { classifyLink } from '@/config/paths';
import { pageFromSearch } from '@/lib/page';
import {
  useNotifications,
  useUnreadNotificationCount,
  type NotificationFilter,
} from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { NotificationItem } from '../components/notification-item';

const PAGE_SIZE = 10;
const FILTERS: { label: string; value: NotificationFilter }[] = [
  { label: '全部', value: 'all' },
  { label: '未读', value: 'unread' },
  { label: '已读', value: 'read' },
];

function filterFromSearch(value: string | null): NotificationFilter {
  return value === 'unread' || value === 'read' ? value : 'all';
}

export function NotificationsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = pageFromSearch(searchParams.get('page'));
  const filter = filterFromSearch(searchParams.get('filter'));
  const navigate = useNavigate();
  const { message } = App.useApp();
  const notifications = useNotifications({ page, pageSize: PAGE_SIZE, filter });
  const unreadCount = useUnreadNotificationCount();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const [openingId, setOpeningId] = useState<string | null>(null);

  const setQuery = (next: { page?: number; filter?: NotificationFilter }) => {
    const params = new URLSearchParams();
    const nextFilter = next.filter ?? filter;
    const nextPage = next.page ?? 1;
    if (nextFilter !== 'all') params.set('filter', nextFilter);
    if (nextPage > 1) params.set('page', String(nextPage));
    setSearchParams(params);
  };

  const open = async (notification: Notification) => {
    const link = classifyLink(notification.link);
    // Opened at once: a window opened after an await is taken for a pop-up and blocked.
    if (link?.kind === 'external') window.open(link.href, '_blank', 'noopener,noreferrer');
    if (!notification.readAt) {
      setOpeningId(notification.id);
      try {
        await markRead.mutateAsync(notification.id);
      } catch (error) {
        void message.error(errorMessage(error));
      } finally {
        setOpeningId(null);
      }
    }
    if (link?.kind === 'internal') void navigate(link.to);
  };

  const readAll = async () => {
    try {
      await markAllRead.mutateAsync();
      void message.success('已全部标为已读');
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  return (
    <Card
      title={<h1 style={{ fontSize: 18, margin: 0 }}>消息通知</h1>}
      extra={
        <Button
          onClick={() => void readAll()}
          loading={markAllRead.isPending}
          disabled={unreadCount === 0}
        >
          全部标为已读
        </Button>
      }
      styles={{ body: { padding: 0 } }}
    >
      <title>消息通知 - 律协会员服务平台</title>
      <Flex style={{ padding: 16 }}>
        <Segmented<NotificationFilter>
          options={FILTERS}
          value={filter}
          onChange={(value) => setQuery({ filter: value })}
          aria-label="按阅读状态筛选"
        />
      </Flex>
      {notifications.isPending ? <Skeleton active style={{ padding: 16 }} /> : null}
      {notifications.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(notifications.error)}
          action={<Button onClick={() => void notifications.refetch()}>重试</Button>}
          style={{ margin: 16 }}
        />
      ) : null}
      {notifications.data && notifications.data.items.length === 0 ? (
        <Empty
          description={filter === 'unread' ? '没有未读消息' : '暂无消息'}
          style={{ padding: 32 }}
        />
      ) : null}
      {notifications.data && notifications.data.items.length > 0 ? (
        <>
          <div role="list" aria-label="消息列表" style={{ borderTop: '1px solid #f0f0f0' }}>
            {notifications.data.items.map((n) => (
              <div role="listitem" key={n.id}>
                <NotificationItem
                  notification={n}
                  busy={openingId === n.id}
                  onOpen={(item) => void open(item)}
                />
              </div>
            ))}
          </div>
          <Flex justify="flex-end" style={{ padding: 16 }}>
            <Pagination
              current={notifications.data.page}
              pageSize={notifications.data.pageSize}
              total={notifications.data.total}
              showSizeChanger={false}
              showTotal={(total) => `共 ${total} 条`}
              onChange={(next) => setQuery({ page: next })}
            />
          </Flex>
        </>
      ) : null}
    </Card>
  );
}
