import { Tag } from 'antd';
import { TICKET_STATE_LABELS, type TicketState } from '@lx/shared/ticket-workflow';

const TICKET_STATE_COLORS: Record<TicketState, string> = {
  OPEN: 'warning',
  IN_PROGRESS: 'processing',
  ANSWERED: 'success',
  CLOSED: 'default',
  CANCELLED: 'default',
};

export function TicketStateTag({ state }: { state: TicketState }) {
  return <Tag color={TICKET_STATE_COLORS[state]}>{TICKET_STATE_LABELS[state]}</Tag>;
}
