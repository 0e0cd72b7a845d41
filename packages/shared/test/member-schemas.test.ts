import { describe, expect, it } from 'vitest';
import { formatDate } from '../src/dates.ts';
import { computeIdCheckChar } from '../src/id-number.ts';
import {
  accountActionAllowed,
  accountStateOf,
  memberCorrectionInputSchema,
  NOTHING_TO_CORRECT,
  organisationCreateSchema,
  transferInputSchema,
} from '../src/member-schemas.ts';

const first17 = '44190019800101001';
const goodId = first17 + computeIdCheckChar(first17);
const badCheck = first17 + (computeIdCheckChar(first17) === '1' ? '2' : '1');
const ORG = '7d4f0c4e-4b4a-4c38-9a52-1f1d1c3c0e11';

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('member correction', () => {
  it('checks the ID number with its check digit and the licence number by format', () => {
    const r = memberCorrectionInputSchema.safeParse({
      fields: { idNo: badCheck, licenceNo: '123' },
      reason: '工单申请',
    });
    expect(messages(r)).toEqual({
      'fields.idNo': '身份证号校验位不正确，请核对',
      'fields.licenceNo': '执业证号应为 17 位数字',
    });
  });
  it('needs a reason and at least one field', () => {
    const r = memberCorrectionInputSchema.safeParse({ fields: { name: '' }, reason: ' ' });
    expect(messages(r)).toEqual({ fields: NOTHING_TO_CORRECT, reason: '请填写原因' });
  });
  it('takes a good correction, the ID upper-cased', () => {
    const r = memberCorrectionInputSchema.parse({
      fields: { idNo: goodId.toLowerCase(), name: '张三' },
      reason: '身份证换发',
      ticketId: '',
    });
    expect(r.fields).toEqual({ idNo: goodId, name: '张三' });
    expect(r.ticketId).toBeUndefined();
  });
});

describe('transfer', () => {
  it('refuses a day still to come, takes today and past days', () => {
    const tomorrow = formatDate(new Date(Date.now() + 36 * 3600_000));
    const future = transferInputSchema.safeParse({
      organisationId: ORG,
      effectiveOn: tomorrow,
      reason: '转所',
    });
    expect(messages(future)).toEqual({ effectiveOn: '生效日期不能晚于今天' });
    for (const day of [formatDate(new Date()), '2025-06-30']) {
      expect(
        transferInputSchema.safeParse({ organisationId: ORG, effectiveOn: day, reason: '转所' })
          .success,
      ).toBe(true);
    }
  });
  it('needs the organisation and the reason', () => {
    const r = transferInputSchema.safeParse({
      organisationId: '',
      effectiveOn: '2025-06-30',
      reason: '',
    });
    expect(messages(r)).toEqual({ organisationId: '请选择转入机构', reason: '请填写原因' });
  });
});

describe('account state and actions', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const base = { disabled: false, lockedUntil: null, mustChangePassword: false };
  it('shows the most pressing state', () => {
    expect(accountStateOf(null, now)).toBe('NONE');
    expect(accountStateOf(base, now)).toBe('ACTIVE');
    expect(accountStateOf({ ...base, mustChangePassword: true }, now)).toBe('MUST_CHANGE');
    expect(
      accountStateOf(
        { ...base, lockedUntil: '2026-12-01T10:05:00Z', mustChangePassword: true },
        now,
      ),
    ).toBe('LOCKED');
    expect(accountStateOf({ ...base, lockedUntil: '2026-12-01T09:55:00Z' }, now)).toBe('ACTIVE');
    expect(
      accountStateOf({ ...base, disabled: true, lockedUntil: '2026-12-01T10:05:00Z' }, now),
    ).toBe('DISABLED');
  });
  it('offers unlock only when locked, enable only when disabled', () => {
    expect(accountActionAllowed('unlock', 'ACTIVE')).toBe(false);
    expect(accountActionAllowed('unlock', 'LOCKED')).toBe(true);
    expect(accountActionAllowed('enable', 'ACTIVE')).toBe(false);
    expect(accountActionAllowed('disable', 'DISABLED')).toBe(false);
    expect(accountActionAllowed('reset-password', 'NONE')).toBe(false);
  });
});

describe('new organisation', () => {
  it('a law firm needs its licence number (its login and initial password come from it)', () => {
    const firm = organisationCreateSchema.safeParse({ kind: 'LAW_FIRM', name: '新所' });
    expect(messages(firm)).toEqual({ licenceNo: '律师事务所须填写执业许可证号' });
    expect(
      organisationCreateSchema.safeParse({ kind: 'COMPANY_OFFICE', name: '某公司律师办公室' })
        .success,
    ).toBe(true);
  });
});
