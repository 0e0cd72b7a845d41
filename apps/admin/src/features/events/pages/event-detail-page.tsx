import { Alert, Col, Flex, Row } from 'antd';
import { EventStateTag } from '@lx/ui/state-tags';
import { useParams } from 'react-router';
import { FullPageSpin } from '@/components/full-page-spin';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { paths } from '@/config/paths';
import { BackToQueue } from '@/lib/queue-link';
import { useEvent } from '../api/get-event';
import { EventActions } from '../components/event-actions';
import { timeRangeText } from '../components/event-format';
import { EventInfoCard } from '../components/event-info-card';
import { RegistrationCountsCard } from '../components/registration-counts-card';
import { RegistrationsPanel } from '../components/registrations-panel';

function BackLink() {
  return <BackToQueue list={paths.events.path} label="返回活动列表" />;
}

/** 活动详情: the event, its state and actions, counts per registration state, and 报名名单. */
export function EventDetailPage() {
  const { id = '' } = useParams();
  const detail = useEvent(id);

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) {
    return (
      <>
        <BackLink />
        <PageHeader title="活动详情" />
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  }

  const event = detail.data;
  return (
    <>
      <BackLink />
      <PageHeader
        title={event.title}
        tags={<EventStateTag state={event.state} />}
        extra={<EventActions event={event} />}
      >
        {[event.organiser, event.location, timeRangeText(event.startsAt, event.endsAt)].join(' · ')}
      </PageHeader>
      <Flex vertical gap={16}>
        {event.cancelReason ? (
          <Alert type="error" showIcon title="活动已取消" description={event.cancelReason} />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <EventInfoCard event={event} />
          </Col>
          <Col xs={24} xl={8}>
            <RegistrationCountsCard counts={event.counts} />
          </Col>
        </Row>
        <RegistrationsPanel event={event} />
      </Flex>
    </>
  );
}
