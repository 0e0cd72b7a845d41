import { Tag } from 'antd';
import { CARD_APPLICATION_STATE_LABELS, type CardApplicationState } from '@lx/shared/card-workflow';

const STATE_COLORS: Record<CardApplicationState, string> = {
  PENDING: 'orange',
  ACCEPTED: 'blue',
  PRINTED: 'blue',
  IN_PRODUCTION: 'blue',
  MADE: 'cyan',
  VERIFIED: 'cyan',
  COLLECTED: 'green',
  REJECTED: 'red',
  CANCELLED: 'default',
};

export function CardApplicationStateTag({ state }: { state: CardApplicationState }) {
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {CARD_APPLICATION_STATE_LABELS[state]}
    </Tag>
  );
}
