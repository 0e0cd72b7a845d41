import { Button, Card, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { MemberEvent } from '@lx/shared/event-schemas';
import { EVENT_WORKFLOW } from '@lx/shared/event-workflow';
import { isFinalState } from '@lx/shared/workflow';
import { useCurrentAccount } from '@lx/ui/current-account';
import { EventStateTag, RegistrationStateTag } from '@lx/ui/state-tags';
import { paths } from '@/config/paths';
import {
  activeRegistrations,
  placesText,
  registerOffer,
  registrationNote,
  registrationPeriod,
  timeRange,
} from './event-texts';

/** The events of one tab, a card each, as the manual lays them out; on every width. */
export function EventCards({ events }: { events: MemberEvent[] }) {
  return (
    <Flex vertical gap={12} role="list" aria-label="活动列表">
      {events.map((event) => (
        <div role="listitem" key={event.id}>
          <EventCard event={event} />
        </div>
      ))}
    </Flex>
  );
}

function EventCard({ event }: { event: MemberEvent }) {
  const navigate = useNavigate();
  const account = useCurrentAccount();
  const organisation = account.kind === 'ORGANISATION';
  const offer = registerOffer(event, account.kind);
  const active = activeRegistrations(event.registrations);
  // A cancelled registration is shown only when there is nothing else to say about this account.
  const shown = active.length > 0 ? active : event.registrations.slice(-1);
  const action =
    offer.kind === 'open'
      ? { label: '我要报名', to: paths.event.getHref(event.id, { register: true }) }
      : { label: '查看', to: paths.event.getHref(event.id) };

  return (
    <Card size="small">
      <Flex wrap gap={8} align="center" style={{ marginBottom: 6 }}>
        <h2 style={{ fontSize: 16, margin: 0, overflowWrap: 'anywhere' }}>
          <Link to={paths.event.getHref(event.id)}>{event.title}</Link>
        </h2>
        {/* 已结束 / 已取消; an event still running says nothing more than its places. */}
        {isFinalState(EVENT_WORKFLOW, event.state) ? <EventStateTag state={event.state} /> : null}
      </Flex>
      <Flex vertical gap={2} style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
        <Typography.Text type="secondary">
          {`报名范围：${event.scopeLabel}；报名人数：${event.capacity}`}
        </Typography.Text>
        <Typography.Text type="secondary">
          {`报名地点：${event.location}；活动时间：${timeRange(event.startsAt, event.endsAt)}`}
        </Typography.Text>
        <Typography.Text type="secondary">{`报名时间：${registrationPeriod(event)}`}</Typography.Text>
      </Flex>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <Flex vertical gap={4}>
          {shown.map((registration) => {
            const note = registrationNote(registration);
            return (
              <Flex key={registration.id} wrap gap={6} align="center">
                {organisation ? <Typography.Text>{registration.name}</Typography.Text> : null}
                <RegistrationStateTag state={registration.state} />
                {note ? <Typography.Text type="secondary">{note}</Typography.Text> : null}
              </Flex>
            );
          })}
          {shown.length === 0 || offer.kind === 'open' ? (
            <Typography.Text strong type={event.placesLeft > 0 ? undefined : 'warning'}>
              {placesText(event)}
            </Typography.Text>
          ) : null}
        </Flex>
        <Button
          type={offer.kind === 'open' ? 'primary' : 'default'}
          aria-label={`${action.label}：${event.title}`}
          onClick={() => void navigate(action.to)}
        >
          {action.label}
        </Button>
      </Flex>
    </Card>
  );
}
