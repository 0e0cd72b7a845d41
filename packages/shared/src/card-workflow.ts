// Member cards (会员卡 / 律师一卡通), SPEC §2.7: the application workflow and who may apply for
// what, as data. The server applies a transition with a conditional update on the state; the pages
// use the same table to show only the actions allowed now.
import { canApply, defineWorkflow, type ActionOf, type StateColor } from './workflow.ts';

export const CARD_APPLICATION_KINDS = ['FIRST', 'LOST', 'REPLACEMENT'] as const;
export type CardApplicationKind = (typeof CARD_APPLICATION_KINDS)[number];
export const CARD_APPLICATION_KIND_LABELS: Record<CardApplicationKind, string> = {
  FIRST: '首次申请',
  LOST: '遗失申请',
  REPLACEMENT: '换卡申请',
};

export const REPLACEMENT_REASONS = ['损坏', '消磁', '过期'] as const;
export type ReplacementReason = (typeof REPLACEMENT_REASONS)[number];

export const CARD_APPLICATION_STATES = [
  'PENDING',
  'ACCEPTED',
  'PRINTED',
  'IN_PRODUCTION',
  'MADE',
  'VERIFIED',
  'COLLECTED',
  'REJECTED',
  'CANCELLED',
] as const;
export type CardApplicationState = (typeof CARD_APPLICATION_STATES)[number];
export const CARD_APPLICATION_STATE_LABELS: Record<CardApplicationState, string> = {
  PENDING: '待审核',
  ACCEPTED: '已受理',
  PRINTED: '已印制',
  IN_PRODUCTION: '制卡中',
  MADE: '已制卡',
  VERIFIED: '已验卡',
  COLLECTED: '已领取',
  REJECTED: '已驳回',
  CANCELLED: '已撤消',
};

/**
 * The states an application is still open in: it blocks a new application of any kind. A rejected
 * one counts until the applicant cancels (撤消) it, so its reason stays in view.
 */
export const OPEN_CARD_APPLICATION_STATES = [
  'PENDING',
  'ACCEPTED',
  'PRINTED',
  'IN_PRODUCTION',
  'MADE',
  'VERIFIED',
  'REJECTED',
] as const satisfies readonly CardApplicationState[];

export const CARD_APPLICATION_WORKFLOW = defineWorkflow({
  states: CARD_APPLICATION_STATES,
  labels: CARD_APPLICATION_STATE_LABELS,
  colors: {
    PENDING: 'processing',
    ACCEPTED: 'blue',
    PRINTED: 'cyan',
    IN_PRODUCTION: 'geekblue',
    MADE: 'purple',
    VERIFIED: 'gold',
    COLLECTED: 'success',
    REJECTED: 'error',
    CANCELLED: 'default',
  },
  transitions: {
    accept: { from: ['PENDING'], to: 'ACCEPTED', by: 'officer', label: '受理' },
    print: { from: ['ACCEPTED'], to: 'PRINTED', by: 'officer', label: '印制' },
    produce: { from: ['PRINTED'], to: 'IN_PRODUCTION', by: 'officer', label: '制卡' },
    finish: { from: ['IN_PRODUCTION'], to: 'MADE', by: 'officer', label: '制卡完成' },
    verify: { from: ['MADE'], to: 'VERIFIED', by: 'officer', label: '验卡' },
    collect: { from: ['VERIFIED'], to: 'COLLECTED', by: 'officer', label: '领取' },
    reject: { from: ['PENDING', 'ACCEPTED'], to: 'REJECTED', by: 'officer', label: '驳回' },
    cancel: { from: ['PENDING', 'REJECTED'], to: 'CANCELLED', by: 'applicant', label: '撤消' },
  },
});
export type CardAction = ActionOf<typeof CARD_APPLICATION_WORKFLOW>;

/** The one forward step an officer can take from a state, if any (bulk moves use it). */
export function nextCardStep(state: CardApplicationState): CardAction | null {
  const forward = (['accept', 'print', 'produce', 'finish', 'verify', 'collect'] as const).find(
    (action) => canApply(CARD_APPLICATION_WORKFLOW, action, state),
  );
  return forward ?? null;
}

export const CARD_STATES = ['ACTIVE', 'LOST', 'VOID'] as const;
export type CardState = (typeof CARD_STATES)[number];
export const CARD_STATE_LABELS: Record<CardState, string> = {
  ACTIVE: '正常',
  LOST: '已挂失',
  VOID: '已作废',
};
/** An issued card's state has no transition table of its own (挂失 and 恢复 are card management). */
export const CARD_STATE_COLORS: Record<CardState, StateColor> = {
  ACTIVE: 'success',
  LOST: 'warning',
  VOID: 'default',
};

export type CardSituation = {
  cards: readonly { state: CardState }[];
  applications: readonly { kind: CardApplicationKind; state: CardApplicationState }[];
};

/**
 * Which kinds of application the member may make now, and for each kind that is unavailable the
 * reason the page shows. First card: no active or lost card and nothing open; lost card: a card
 * reported lost; replacement: an active card.
 */
export function cardApplicationOptions(
  situation: CardSituation,
): Record<CardApplicationKind, { available: boolean; reason: string | null }> {
  const open = situation.applications.find((a) =>
    (OPEN_CARD_APPLICATION_STATES as readonly CardApplicationState[]).includes(a.state),
  );
  const has = (state: CardState) => situation.cards.some((c) => c.state === state);
  const blocked = open
    ? `您有一份${CARD_APPLICATION_KIND_LABELS[open.kind]}正在办理（${CARD_APPLICATION_STATE_LABELS[open.state]}），办结或撤消后才能再次申请`
    : null;
  const option = (problem: string | null) => ({ available: !problem, reason: problem });
  return {
    FIRST: option(
      blocked ??
        (has('ACTIVE') || has('LOST')
          ? '您已有会员卡；遗失请先挂失后申请补卡，损坏请申请换卡'
          : null),
    ),
    LOST: option(blocked ?? (has('LOST') ? null : '只有在“会员卡管理”中挂失后，才能申请遗失补卡')),
    REPLACEMENT: option(blocked ?? (has('ACTIVE') ? null : '只有正常使用中的会员卡才能申请换卡')),
  };
}

/**
 * A card reported lost may be reactivated (found again) until a lost-card application for it has
 * been accepted: from then on a new card is being made.
 */
export function canReactivateLostCard(situation: CardSituation): boolean {
  return !situation.applications.some(
    (a) =>
      a.kind === 'LOST' &&
      !(['PENDING', 'REJECTED', 'CANCELLED'] as CardApplicationState[]).includes(a.state),
  );
}
