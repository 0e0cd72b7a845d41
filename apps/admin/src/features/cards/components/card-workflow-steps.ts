import { FORWARD_CARD_ACTIONS, type ForwardCardAction } from '@lx/shared/card-schemas';
import {
  CARD_APPLICATION_KIND_LABELS,
  nextCardStep,
  type CardApplicationKind,
  type CardApplicationState,
  type ReplacementReason,
} from '@lx/shared/card-workflow';

/** The forward step (受理 … 领取) an officer takes next from a state, for one or many applications. */
export function forwardStepOf(state: CardApplicationState): ForwardCardAction | null {
  const step = nextCardStep(state);
  return FORWARD_CARD_ACTIONS.find((action) => action === step) ?? null;
}

/** 申请类型 with the replacement reason: 换卡申请（损坏）. */
export function cardApplicationKindText(
  kind: CardApplicationKind,
  reason: ReplacementReason | null,
): string {
  const label = CARD_APPLICATION_KIND_LABELS[kind];
  return reason ? `${label}（${reason}）` : label;
}
