import { describe, expect, it } from 'vitest';
import {
  cardApplicationInputSchema,
  cardTransitionSchema,
  formatCardApplicationNo,
  formatCardNo,
  parseCardApplicationNo,
} from '../src/card-schemas.ts';
import { fieldErrorsOf } from '../src/errors.ts';
import {
  CARD_APPLICATION_STATES,
  CARD_APPLICATION_WORKFLOW,
  canReactivateLostCard,
  cardApplicationOptions,
  nextCardStep,
} from '../src/card-workflow.ts';
import { canApply, type ActionOf } from '../src/workflow.ts';

describe('card application workflow', () => {
  it('walks 待审核 → 已受理 → 已印制 → 制卡中 → 已制卡 → 已验卡 → 已领取 one step at a time', () => {
    const path = [];
    let state: (typeof CARD_APPLICATION_STATES)[number] = 'PENDING';
    for (let action = nextCardStep(state); action; action = nextCardStep(state)) {
      state = CARD_APPLICATION_WORKFLOW.transitions[action].to;
      path.push(state);
    }
    expect(path).toEqual(['ACCEPTED', 'PRINTED', 'IN_PRODUCTION', 'MADE', 'VERIFIED', 'COLLECTED']);
  });

  it('never moves backwards or skips a step', () => {
    expect(canApply(CARD_APPLICATION_WORKFLOW, 'print', 'PENDING')).toBe(false);
    expect(canApply(CARD_APPLICATION_WORKFLOW, 'accept', 'PRINTED')).toBe(false);
    expect(canApply(CARD_APPLICATION_WORKFLOW, 'collect', 'MADE')).toBe(false);
  });

  it('rejects only from 待审核 or 已受理; the applicant cancels only while pending or rejected', () => {
    const from = (action: ActionOf<typeof CARD_APPLICATION_WORKFLOW>) =>
      CARD_APPLICATION_STATES.filter((s) => canApply(CARD_APPLICATION_WORKFLOW, action, s));
    expect(from('reject')).toEqual(['PENDING', 'ACCEPTED']);
    expect(from('cancel')).toEqual(['PENDING', 'REJECTED']);
    expect(CARD_APPLICATION_WORKFLOW.transitions.cancel.by).toBe('applicant');
  });
});

describe('who may apply for what', () => {
  it('a member with no card may apply for a first card only', () => {
    const options = cardApplicationOptions({ cards: [], applications: [] });
    expect(options.FIRST.available).toBe(true);
    expect(options.LOST).toEqual({
      available: false,
      reason: '只有在“会员卡管理”中挂失后，才能申请遗失补卡',
    });
    expect(options.REPLACEMENT.available).toBe(false);
  });

  it('an active card allows a replacement; a lost one a lost-card application', () => {
    const active = cardApplicationOptions({ cards: [{ state: 'ACTIVE' }], applications: [] });
    expect([active.FIRST.available, active.LOST.available, active.REPLACEMENT.available]).toEqual([
      false,
      false,
      true,
    ]);
    const lost = cardApplicationOptions({ cards: [{ state: 'LOST' }], applications: [] });
    expect([lost.FIRST.available, lost.LOST.available, lost.REPLACEMENT.available]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it('an open application blocks every kind, and says which one', () => {
    const options = cardApplicationOptions({
      cards: [],
      applications: [{ kind: 'FIRST', state: 'PRINTED' }],
    });
    expect(options.FIRST.reason).toBe(
      '您有一份首次申请正在办理（已印制），办结或撤消后才能再次申请',
    );
    const cancelled = cardApplicationOptions({
      cards: [],
      applications: [{ kind: 'FIRST', state: 'CANCELLED' }],
    });
    expect(cancelled.FIRST.available).toBe(true);
  });

  it('a lost card can be reactivated until a lost-card application is accepted', () => {
    const lost = [{ state: 'LOST' as const }];
    expect(canReactivateLostCard({ cards: lost, applications: [] })).toBe(true);
    expect(
      canReactivateLostCard({ cards: lost, applications: [{ kind: 'LOST', state: 'PENDING' }] }),
    ).toBe(true);
    expect(
      canReactivateLostCard({ cards: lost, applications: [{ kind: 'LOST', state: 'ACCEPTED' }] }),
    ).toBe(false);
  });
});

describe('card application input', () => {
  it('reports every problem at once: the reason and the confirmation together', () => {
    const result = cardApplicationInputSchema.safeParse({ kind: 'REPLACEMENT', photo: 'uploaded' });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!.issues)).toEqual({
      reason: '请选择换卡原因',
      confirmed: '请确认以上信息无误',
    });
  });

  it('requires a rejection reason even when the action is also wrong', () => {
    const result = cardTransitionSchema.safeParse({ action: 'reject', comment: ' ' });
    expect(fieldErrorsOf(result.error!.issues)).toEqual({ comment: '请填写驳回原因' });
    expect(cardTransitionSchema.safeParse({ action: 'accept' }).success).toBe(true);
  });

  it('reads typed application numbers', () => {
    expect(parseCardApplicationNo('KS000012')).toBe(12);
    expect(parseCardApplicationNo('ks12')).toBe(12);
    expect(parseCardApplicationNo('张三')).toBeNull();
    expect(formatCardApplicationNo(12)).toBe('KS000012');
    expect(formatCardNo(7)).toBe('HY00000007');
  });
});
