import { Alert, Button, Card, Empty, Flex, Pagination, Skeleton, Tabs, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { MEMBER_EVENT_TABS } from '@lx/shared/event-schemas';
import { errorMessage } from '@lx/ui/error-message';
import { paths } from '@/config/paths';
import { pageFromSearch } from '@/lib/page';
import { useEvents } from '../api/get-events';
import { EventCards } from '../components/event-cards';
import { EVENT_TAB_LABELS, tabFromSearch, type EventTab } from '../components/event-tab';
import { SuspensionAlert } from '../components/suspension-alert';
import { TABS_MORE } from '@lx/ui/accessibility';

const PAGE_SIZE = 10;

const EMPTY_TEXT: Record<EventTab, string> = {
  open: '当前没有正在报名的活动',
  mine: '您还没有报名任何活动',
};

/** 活动报名: the events open to this member now, and the ones this account registered for. */
export function EventsPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const tab = tabFromSearch(searchParams.get('tab'));
  const page = pageFromSearch(searchParams.get('page'));
  const events = useEvents({ tab, page, pageSize: PAGE_SIZE });
  const data = events.data;

  const list = (
    <>
      {events.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(events.error)}
          action={<Button onClick={() => void events.refetch()}>重试</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {events.isPending ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {data && data.items.length === 0 ? <Empty description={EMPTY_TEXT[tab]} /> : null}
      {data && data.items.length > 0 ? (
        <>
          <EventCards events={data.items} />
          <Flex justify="center" style={{ paddingTop: 16 }}>
            <Pagination
              simple
              current={data.page}
              pageSize={data.pageSize}
              total={data.total}
              onChange={(next) => void navigate(paths.events.getHref(tab, next))}
            />
          </Flex>
        </>
      ) : null}
    </>
  );

  return (
    <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>活动报名</h1>}>
      <title>活动报名 - 律协会员服务平台</title>
      <Typography.Paragraph type="secondary">
        通过本页面完成活动的报名、取消、请假等事项
      </Typography.Paragraph>
      <SuspensionAlert />
      <Tabs
        more={TABS_MORE}
        activeKey={tab}
        onChange={(key) => void navigate(paths.events.getHref(tabFromSearch(key)))}
        items={MEMBER_EVENT_TABS.map((key) => ({
          key,
          label: EVENT_TAB_LABELS[key],
          children: key === tab ? list : null,
        }))}
      />
    </Card>
  );
}
