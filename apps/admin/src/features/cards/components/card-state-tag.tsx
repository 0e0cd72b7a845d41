import { Tag } from 'antd';
import { CARD_STATE_LABELS, type CardState } from '@lx/shared/card-workflow';

const CARD_STATE_COLORS: Record<CardState, string> = {
  ACTIVE: 'success',
  LOST: 'warning',
  VOID: 'default',
};

/** 正常 / 已挂失 / 已作废 of an issued card. */
export function CardStateTag({ state }: { state: CardState }) {
  return <Tag color={CARD_STATE_COLORS[state]}>{CARD_STATE_LABELS[state]}</Tag>;
}
