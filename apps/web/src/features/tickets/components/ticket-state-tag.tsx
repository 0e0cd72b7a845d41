import { Tag } from 'antd';
import { TICKET_STATE_LABELS, type TicketState } from '@lx/shared/ticket-workflow';

const STATE_COLORS: Record<TicketState, string> = {
  OPEN: 'orange',
  IN_PROGRESS: 'blue',
  ANSWERED: 'green',
  CLOSED: 'default',
  CANCELLED: 'default',
};

export function TicketStateTag({ state }: { state: TicketState }) {
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {TICKET_STATE_LABELS[state]}
    </Tag>
  );
}
