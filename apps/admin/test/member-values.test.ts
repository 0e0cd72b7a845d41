import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { MemberDetail } from '@lx/shared/member-schemas';
import {
  memberListQuery,
  organisationListQuery,
} from '@/features/members/components/member-list-queries';
import {
  correctionChanges,
  transferFormSchema,
} from '@/features/members/components/member-form-values';

const ORG = '7d4f0c4e-4b4a-4c38-9a52-1f1d1c3c0e11';

describe('会员查询 and 机构管理 read their filters from the address', () => {
  it('keeps the filters the shared schema takes and drops the others', () => {
    expect(
      memberListQuery(
        { page: 2, pageSize: 20 },
        { q: ' 张 ', organisationId: ORG, practiceCategory: 'TRAINEE', accountState: 'LOCKED' },
      ),
    ).toEqual({
      page: 2,
      pageSize: 20,
      q: '张',
      organisationId: ORG,
      practiceCategory: 'TRAINEE',
      accountState: 'LOCKED',
    });
    expect(
      memberListQuery(
        { page: 1, pageSize: 20 },
        { organisationId: 'x', practiceCategory: 'BOSS', accountState: 'SLEEPY' },
      ),
    ).toEqual({
      page: 1,
      pageSize: 20,
      q: undefined,
      organisationId: undefined,
      practiceCategory: undefined,
      accountState: undefined,
    });
    expect(
      organisationListQuery({ page: 1, pageSize: 20 }, { kind: 'BANK', status: 'CLOSED' }),
    ).toEqual({
      page: 1,
      pageSize: 20,
      q: undefined,
      kind: undefined,
      status: 'CLOSED',
    });
  });
});

describe('更正信息 sends only what differs from the record', () => {
  const member = {
    name: '张三',
    gender: 'MALE',
    idNo: '440100198001010011',
    licenceNo: '14419201995110001',
    practiceCategory: 'FULL_TIME',
  } as MemberDetail;
  it('leaves out unchanged fields', () => {
    expect(
      correctionChanges(member, {
        fields: { ...member, licenceNo: '14419201995110009' } as never,
        reason: '工单',
      }),
    ).toEqual({ licenceNo: '14419201995110009' });
    expect(correctionChanges(member, { fields: { name: '张三' }, reason: '工单' })).toEqual({});
  });
});

describe('转所 form', () => {
  it('maps the picked day to yyyy-MM-dd and checks it with the shared schema', () => {
    const ok = transferFormSchema.safeParse({
      organisationId: ORG,
      effectiveOn: dayjs('2026-11-20'),
      reason: '转所',
    });
    expect(ok.success && ok.data.effectiveOn).toBe('2026-11-20');
    const bad = transferFormSchema.safeParse({
      organisationId: undefined,
      effectiveOn: dayjs().add(3, 'day'),
      reason: '',
    });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['organisationId', '请选择转入机构'],
      ['effectiveOn', '生效日期不能晚于今天'],
      ['reason', '请填写原因'],
    ]);
  });
});
