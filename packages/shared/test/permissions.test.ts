import { describe, expect, it } from 'vitest';
import {
  ALL_PERMISSIONS,
  permissionsOfRoles,
  STAFF_ROLE_CODES,
  STAFF_ROLES,
} from '../src/permissions.ts';
import { lawyerMemberCategory } from '../src/member-category.ts';
import { changePasswordSchema } from '../src/auth-schemas.ts';

describe('permission table', () => {
  it('has the seven roles of SPEC §1 and the 会员管理员 of issue 15', () => {
    expect(STAFF_ROLE_CODES).toEqual([
      'PROFILE_REVIEWER',
      'CARD_OFFICER',
      'CERTIFICATE_REVIEWER',
      'EVENTS_OFFICER',
      'DOCUMENTS_CLERK',
      'SUPPORT_AGENT',
      'MEMBER_ADMIN',
      'ADMINISTRATOR',
    ]);
  });
  it('the administrator holds every permission; each other role only its own', () => {
    expect([...permissionsOfRoles(['ADMINISTRATOR'])].sort()).toEqual([...ALL_PERMISSIONS].sort());
    expect([...permissionsOfRoles(['PROFILE_REVIEWER'])]).toEqual(['profile.review']);
    expect(permissionsOfRoles(['CARD_OFFICER']).has('staff.manage')).toBe(false);
  });
  it('统计分析 is read by the administrator and the 会员管理员 only', () => {
    const readers = STAFF_ROLE_CODES.filter((code) =>
      permissionsOfRoles([code]).has('statistics.read'),
    );
    expect(readers).toEqual(['MEMBER_ADMIN', 'ADMINISTRATOR']);
    expect([...permissionsOfRoles(['MEMBER_ADMIN'])].sort()).toEqual([
      'member.manage',
      'statistics.read',
      'ticket.handle',
    ]);
  });
  it('every permission a role names exists', () => {
    for (const code of STAFF_ROLE_CODES)
      for (const p of STAFF_ROLES[code].permissions) expect(ALL_PERMISSIONS).toContain(p);
  });
  it('roles combine', () => {
    expect([...permissionsOfRoles(['CARD_OFFICER', 'DOCUMENTS_CLERK'])].sort()).toEqual([
      'card.manage',
      'document.manage',
    ]);
  });
});

describe('member category', () => {
  it('is derived from practice category and organisation kind', () => {
    expect(lawyerMemberCategory('FULL_TIME', 'LAW_FIRM')).toBe('FIRM_LAWYER');
    expect(lawyerMemberCategory('PART_TIME', 'LAW_FIRM')).toBe('FIRM_LAWYER');
    expect(lawyerMemberCategory('COMPANY', 'COMPANY_OFFICE')).toBe('COMPANY_LAWYER');
    expect(lawyerMemberCategory('PUBLIC', 'PUBLIC_OFFICE')).toBe('PUBLIC_LAWYER');
    expect(lawyerMemberCategory('LEGAL_AID', 'LAW_FIRM')).toBe('LEGAL_AID_LAWYER');
    expect(lawyerMemberCategory('TRAINEE', 'LAW_FIRM')).toBe('TRAINEE');
  });
});

describe('password rules', () => {
  const parse = (newPassword: string, confirmPassword = newPassword) =>
    changePasswordSchema.safeParse({ oldPassword: 'old-pass', newPassword, confirmPassword });
  it('accepts 8+ characters that are not only digits', () =>
    expect(parse('abc12345').success).toBe(true));
  it('refuses short, digits-only, mismatched and unchanged passwords', () => {
    expect(parse('abc1234').error!.issues[0]!.message).toBe('新密码至少 8 位');
    expect(parse('12345678').error!.issues[0]!.message).toBe(
      '新密码不能全为数字，请加入字母或符号',
    );
    expect(parse('abc12345', 'abc12346').error!.issues[0]!.message).toBe('两次输入的新密码不一致');
    expect(parse('old-pass').error!.issues.map((i) => i.message)).toContain(
      '新密码不能与旧密码相同',
    );
  });
});
