import { Tag } from 'antd';
import { CARD_APPLICATION_STATE_LABELS, type CardApplicationState } from '@lx/shared/card-workflow';

const CARD_APPLICATION_STATE_COLORS: Record<CardApplicationState, string> = {
  PENDING: 'processing',
  ACCEPTED: 'blue',
  PRINTED: 'cyan',
  IN_PRODUCTION: 'geekblue',
  MADE: 'purple',
  VERIFIED: 'gold',
  COLLECTED: 'success',
  REJECTED: 'error',
  CANCELLED: 'default',
};

export function CardApplicationStateTag({ state }: { state: CardApplicationState }) {
  return (
    <Tag color={CARD_APPLICATION_STATE_COLORS[state]}>{CARD_APPLICATION_STATE_LABELS[state]}</Tag>
  );
}
