import { Tag } from 'antd';
import { CARD_STATE_LABELS, type CardState } from '@lx/shared/card-workflow';

const STATE_COLORS: Record<CardState, string> = {
  ACTIVE: 'green',
  LOST: 'orange',
  VOID: 'default',
};

export function CardStateTag({ state }: { state: CardState }) {
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {CARD_STATE_LABELS[state]}
    </Tag>
  );
}
