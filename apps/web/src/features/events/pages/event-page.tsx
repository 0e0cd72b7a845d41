import { Card, Flex } from 'antd';
import { useParams } from 'react-router';
import type { MemberEvent } from '@lx/shared/event-schemas';
import { BackLink, RecordPage } from '@/components/record-page-state';
import { paths } from '@/config/paths';
import { useEvent } from '../api/get-event';
import { EventDetails } from '../components/event-details';
import { MyRegistrations } from '../components/my-registrations';
import { RegisterSection } from '../components/register-section';
import { SuspensionAlert } from '../components/suspension-alert';

const BACK = { to: paths.events.getHref(), label: '返回活动报名' };
const MY_REGISTRATIONS = 'my-registrations';

/** 报名参与活动: the event, this account's registrations with their actions, and the 报名表. */
export function EventPage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  return (
    <RecordPage
      query={event}
      back={BACK}
      missing={{
        title: '活动不存在',
        subTitle: '该活动不存在或不在您的报名范围内，请从活动报名页面进入。',
      }}
    >
      {(record) => <EventView event={record} />}
    </RecordPage>
  );
}

function EventView({ event }: { event: MemberEvent }) {
  const heading = `报名参与活动 ${event.title}`;
  return (
    <Flex vertical gap={16}>
      <title>{`${heading} - 律协会员服务平台`}</title>
      <div>
        <BackLink {...BACK} />
      </div>
      <SuspensionAlert />
      <Card
        title={
          <h1
            style={{
              fontSize: 18,
              margin: 0,
              padding: '8px 0',
              overflowWrap: 'anywhere',
              whiteSpace: 'normal',
            }}
          >
            {heading}
          </h1>
        }
      >
        <EventDetails event={event} />
      </Card>
      {event.registrations.length > 0 ? (
        <Card
          id={MY_REGISTRATIONS}
          role="region"
          aria-labelledby={`${MY_REGISTRATIONS}-title`}
          title={
            <h2 id={`${MY_REGISTRATIONS}-title`} style={{ fontSize: 16, margin: 0 }}>
              我的报名
            </h2>
          }
          style={{ scrollMarginTop: 80 }}
        >
          <MyRegistrations event={event} />
        </Card>
      ) : null}
      <RegisterSection
        event={event}
        onRegistered={() =>
          // The registration is in the cache already; its card is drawn on the next frame.
          requestAnimationFrame(() =>
            document
              .getElementById(MY_REGISTRATIONS)
              ?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
          )
        }
      />
    </Flex>
  );
}
