import { Card, Timeline, Typography } from 'antd';
import type { CardApplicationEvent } from '@lx/shared/card-schemas';
import { CARD_APPLICATION_STATE_LABELS } from '@lx/shared/card-workflow';
import { formatDateTime } from '@lx/shared/dates';

function stateChange(event: CardApplicationEvent): string {
  const to = CARD_APPLICATION_STATE_LABELS[event.toState];
  return event.fromState ? `${CARD_APPLICATION_STATE_LABELS[event.fromState]} → ${to}` : to;
}

function eventColor(event: CardApplicationEvent): string {
  if (event.toState === 'REJECTED') return 'red';
  if (event.toState === 'CANCELLED') return 'gray';
  return event.toState === 'COLLECTED' ? 'green' : 'blue';
}

/** 办理记录: every step of the application, newest first, with who took it and the comment. */
export function ProcessingHistoryCard({ history }: { history: CardApplicationEvent[] }) {
  const events = [...history].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card title="办理记录" role="region" aria-label="办理记录">
      {events.length === 0 ? (
        <Typography.Text type="secondary">暂无办理记录</Typography.Text>
      ) : (
        <Timeline
          items={events.map((event) => ({
            key: event.id,
            color: eventColor(event),
            content: (
              <>
                <Typography.Text strong>{event.label}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {stateChange(event)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {event.actorName} · {formatDateTime(event.createdAt)}
                </Typography.Text>
                {event.comment ? (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    {event.toState === 'REJECTED' ? '驳回原因' : '办理说明'}：{event.comment}
                  </Typography.Paragraph>
                ) : null}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
