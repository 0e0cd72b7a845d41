import { Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { chineseDateTime } from '@lx/shared/dates';
import type { MemberEvent } from '@lx/shared/event-schemas';
import { TRAINING_KIND_LABELS } from '@lx/shared/training-kinds';
import { EventStateTag } from '@lx/ui/state-tags';
import { capacityText, timeRange } from './event-texts';
import { PlainText } from './plain-text';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h2 style={{ fontSize: 16, margin: '0 0 8px' }}>{title}</h2>
      {children}
    </section>
  );
}

/** The event as the manual shows it before the 报名表: its fields, who may come, and the rules. */
export function EventDetails({ event }: { event: MemberEvent }) {
  const items = [
    { key: 'title', label: '活动名称', children: event.title },
    { key: 'time', label: '活动时间', children: timeRange(event.startsAt, event.endsAt) },
    { key: 'organiser', label: '主办方', children: event.organiser },
    {
      key: 'guests',
      label: '邀请嘉宾',
      children: event.guests ? <span style={{ whiteSpace: 'pre-wrap' }}>{event.guests}</span> : '—',
    },
    { key: 'location', label: '活动地点', children: event.location },
    { key: 'state', label: '活动状态', children: <EventStateTag state={event.state} /> },
    { key: 'capacity', label: '报名人数限制', children: capacityText(event) },
    ...(event.trainingHours > 0
      ? [
          {
            key: 'hours',
            label: '培训学时',
            children: `${event.trainingHours} 学时${
              event.trainingKind ? `（${TRAINING_KIND_LABELS[event.trainingKind]}）` : ''
            }`,
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={16} style={{ overflowWrap: 'anywhere' }}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={items}
      />
      <Flex vertical gap={4}>
        <Typography.Text>{`本次活动报名仅对“${event.scopeLabel}”开放。`}</Typography.Text>
        <Typography.Text>
          {`活动报名时间：${chineseDateTime(event.registrationOpensAt)} 至 ${chineseDateTime(
            event.registrationClosesAt,
          )}（报满即止）`}
        </Typography.Text>
      </Flex>
      <Section title="报名限制须知">
        <Typography.Paragraph style={{ margin: 0 }}>
          {`本次活动每人限报 ${event.perAccountLimit} 个，如因个人原因不能参加的，为避免名额的浪费，请您在 ${chineseDateTime(
            event.cancelDeadline,
          )} 之前进行取消报名操作（无故缺席的，将可能会影响您之后的网络报名功能的使用）。`}
        </Typography.Paragraph>
      </Section>
      {event.notice ? (
        <Section title="报名须知">
          <PlainText text={event.notice} />
        </Section>
      ) : null}
      {event.summary ? (
        <Section title="活动简介">
          <PlainText text={event.summary} />
        </Section>
      ) : null}
      {event.precautions ? (
        <Section title="注意事项">
          <PlainText text={event.precautions} />
        </Section>
      ) : null}
    </Flex>
  );
}
