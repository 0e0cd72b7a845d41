import { App, Button, Card, Flex, Segmented } from 'antd';
import { errorMessage } from '@lx/ui/error-message';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { useListParams } from '@/lib/use-list-params';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { NotificationTable } from '../components/notification-table';

const FILTER_KEYS = ['unread'] as const;

/** 消息通知: what the platform told this staff member (e.g. new feedback on a document). */
export function NotificationsPage() {
  const { message } = App.useApp();
  const { page, pageSize, filters, setFilters, setPage } = useListParams(FILTER_KEYS);
  const unreadOnly = filters.unread === 'true';
  const list = useNotifications({ page, pageSize, unread: unreadOnly });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();

  const fail = (error: unknown) => void message.error(errorMessage(error));

  return (
    <>
      <PageHeader
        title="消息通知"
        extra={
          <Button
            loading={markAll.isPending}
            onClick={() =>
              markAll.mutate(undefined, {
                onSuccess: () => void message.success('已全部标为已读'),
                onError: fail,
              })
            }
          >
            全部标为已读
          </Button>
        }
      />
      <Card>
        <Flex style={{ marginBottom: 16 }}>
          <Segmented
            aria-label="显示范围"
            value={unreadOnly ? 'unread' : 'all'}
            options={[
              { value: 'all', label: '全部消息' },
              { value: 'unread', label: '未读消息' },
            ]}
            onChange={(v) => setFilters({ unread: v === 'unread' ? 'true' : undefined })}
          />
        </Flex>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <NotificationTable
            data={list.data}
            loading={list.isFetching}
            page={page}
            pageSize={pageSize}
            onPageChange={setPage}
            onRead={(n) => markRead.mutate({ id: n.id }, { onError: fail })}
          />
        )}
      </Card>
    </>
  );
}
