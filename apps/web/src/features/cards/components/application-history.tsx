import { Timeline, Typography } from 'antd';
import type { CardApplicationEvent } from '@lx/shared/card-schemas';
import type { CardApplicationState } from '@lx/shared/card-workflow';
import { formatDateTime } from '@lx/shared/dates';

/** The dot's colour by where the step led: done, refused, withdrawn, or still under way. */
function eventColor(toState: CardApplicationState): string {
  if (toState === 'COLLECTED') return 'green';
  if (toState === 'REJECTED') return 'red';
  if (toState === 'CANCELLED') return 'gray';
  return 'blue';
}

/** 办理记录: submission, each officer's step and any withdrawal, newest first. */
export function ApplicationHistory({ history }: { history: CardApplicationEvent[] }) {
  if (history.length === 0) {
    return <Typography.Text type="secondary">暂无办理记录</Typography.Text>;
  }
  const events = [...history].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Timeline
      items={events.map((event) => ({
        key: event.id,
        color: eventColor(event.toState),
        content: (
          <>
            <Typography.Text strong>{event.label}</Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {event.actorName} · {formatDateTime(event.createdAt)}
            </Typography.Text>
            {event.comment ? (
              <Typography.Paragraph
                style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                说明：{event.comment}
              </Typography.Paragraph>
            ) : null}
          </>
        ),
      }))}
    />
  );
}
