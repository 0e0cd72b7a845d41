import { describe, expect, it } from 'vitest';
import { loginSchema, passwordResetConfirmSchema } from '../src/auth-schemas.ts';
import { cardApplicationInputSchema } from '../src/card-schemas.ts';
import {
  certificateApplicationInputSchema,
  certificateDraftSchema,
  certificateTypeInputSchema,
} from '../src/certificate-schemas.ts';
import { fieldErrorsOf } from '../src/errors.ts';
import { dateField, optionalText, requiredText, text } from '../src/formats.ts';
import { birthDateFromIdNumber, checkIdNumber, computeIdCheckChar } from '../src/id-number.ts';
import { personalInfoSchema, practiceInfoSchema } from '../src/profile-basic.ts';
import { profileQueueQuerySchema } from '../src/profile-schemas.ts';
import { SECTION_ENTRY_SCHEMAS } from '../src/profile-sections.ts';
import {
  recordDepartureSchema,
  rosterCategoryProblem,
  rosterLawyerInputSchema,
} from '../src/roster-schemas.ts';
import { createStaffSchema, updateStaffSchema } from '../src/staff-schemas.ts';
import { ticketInputSchema, ticketQueueQuerySchema } from '../src/ticket-schemas.ts';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  fieldErrorsOf(result.error?.issues ?? []);

const idOf = (first17: string) => first17 + computeIdCheckChar(first17);

describe('text: no character nobody types', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a control character', 'bell\u0007'],
    ['escape', '\u001b[31m'],
    ['DEL', 'x\u007f'],
    ['a lone high surrogate', 'x\ud800'],
    ['a lone low surrogate', '\udc00x'],
    ['reversed surrogates', '\udc00\ud800'],
  ])('refuses %s with the Chinese message, in every text rule', (_, value) => {
    for (const schema of [text(), requiredText('标题'), optionalText('备注')]) {
      const result = schema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toBe('含有无法识别的字符');
    }
  });

  it('keeps tab, line breaks and characters outside the BMP (a surrogate pair)', () => {
    expect(requiredText('正文', 100).parse('一\t二\r\n三 😀 𠮷')).toBe('一\t二\r\n三 😀 𠮷');
  });

  it('covers sign-in, reset, tickets and the filters', () => {
    expect(messages(loginSchema.safeParse({ login: 'a\u0000', password: 'x\ud800' }))).toEqual({
      login: '含有无法识别的字符',
      password: '含有无法识别的字符',
    });
    expect(
      messages(
        passwordResetConfirmSchema.safeParse({
          login: 'zhang',
          code: '123456',
          newPassword: 'Good-Pass-1\u0000',
          confirmPassword: 'Good-Pass-1\u0000',
        }),
      ).newPassword,
    ).toBe('含有无法识别的字符');
    expect(
      messages(
        ticketInputSchema.safeParse({ category: '其他', title: 'a\u0000', description: 'b' }),
      ).title,
    ).toBe('含有无法识别的字符');
    expect(messages(ticketQueueQuerySchema.safeParse({ q: '\u0000' })).q).toBe(
      '含有无法识别的字符',
    );
    expect(messages(profileQueueQuerySchema.safeParse({ q: '\ud800' })).q).toBe(
      '含有无法识别的字符',
    );
  });
});

describe('dates: real days in a sane range', () => {
  const field = dateField('出生日期');
  it.each([
    ['2026-02-30', '出生日期不是有效日期'],
    ['2025-13-01', '出生日期不是有效日期'],
    ['2026-13-45', '出生日期不是有效日期'],
    ['abc', '出生日期格式应为 yyyy-MM-dd'],
    ['2999-01-01', '出生日期应在 1900-01-01 至 2100-12-31 之间'],
    ['1899-12-31', '出生日期应在 1900-01-01 至 2100-12-31 之间'],
  ])('refuses %s', (value, message) => {
    const result = field.safeParse(value);
    expect(result.error!.issues.map((i) => i.message)).toEqual([message]);
  });

  it('accepts a leap day, and refuses tomorrow where the day must be past', () => {
    expect(field.parse('2024-02-29')).toBe('2024-02-29');
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(
      dateField('离所日期', { past: true }).safeParse(tomorrow).error!.issues[0]!.message,
    ).toBe('离所日期不能晚于今天');
  });

  it('holds for the filters, the departure and the section and certificate dates', () => {
    expect(messages(profileQueueQuerySchema.safeParse({ submittedFrom: 'abc' }))).toEqual({
      submittedFrom: '提交日期起格式应为 yyyy-MM-dd',
    });
    expect(profileQueueQuerySchema.parse({ submittedFrom: '' }).submittedFrom).toBeUndefined();
    expect(messages(recordDepartureSchema.safeParse({ leftAt: '2025-13-01' }))).toEqual({
      leftAt: '离所日期不是有效日期',
    });
    expect(
      messages(
        SECTION_ENTRY_SCHEMAS.AWARDS.safeParse({
          level: '市级',
          content: '优秀律师',
          date: '2999-12-01',
          issuer: '司法局',
        }),
      ),
    ).toEqual({ date: '颁奖日期应在 1900-01-01 至 2100-12-31 之间' });
  });
});

describe('cross-field rules never see a body that failed its base rules', () => {
  it.each([
    ['personal information', personalInfoSchema],
    ['practice information', practiceInfoSchema],
    ['a certificate type', certificateTypeInputSchema],
    ['a certificate application', certificateApplicationInputSchema],
    ['a card application', cardApplicationInputSchema],
    ['a roster lawyer', rosterLawyerInputSchema],
  ])('%s: null, a list or a string is refused, not thrown on', (_, schema) => {
    for (const value of [null, [], 'x', 42]) {
      expect(() => schema.safeParse(value)).not.toThrow();
      expect(schema.safeParse(value).success).toBe(false);
    }
  });

  it('wrong-typed fields read as missing: "fields": "x", no paper at all', () => {
    const type = certificateTypeInputSchema.safeParse({ title: '{{未知}}', fields: 'x' });
    expect(messages(type)).toMatchObject({
      fields: expect.any(String),
      title: expect.stringContaining('未知的占位符'),
    });
    const noPaper = certificateApplicationInputSchema.safeParse({
      typeId: '5d7a1f5e-8a0b-4c3e-9f1a-2b3c4d5e6f70',
      contactEmail: 'a@example.cn',
    });
    expect(Object.keys(messages(noPaper))).toEqual(['paper']);
  });

  it('still shows every message at once', () => {
    const result = personalInfoSchema.safeParse({
      idType: '身份证',
      idNumber: idOf('11010519850312001'),
      birthDate: '1986-01-01',
      socialInsuranceNo: '',
    });
    expect(messages(result)).toMatchObject({
      birthDate: '出生日期与身份证号不一致',
      socialInsuranceNo: '请填写社会保险号',
    });
  });
});

describe('ID numbers and the dates of a life', () => {
  const today = '2026-12-01';
  it.each([
    ['000000', '19850312', 'region'],
    ['990101', '19850312', 'region'],
    ['110105', '20270101', 'future-birth'],
    ['110105', '20081202', 'under-age'],
  ])('refuses region %s born %s (%s)', (region, birth, problem) => {
    expect(checkIdNumber(idOf(`${region}${birth}001`), today)).toBe(problem);
  });

  it('accepts an 18th birthday today', () => {
    expect(checkIdNumber(idOf('11010520081201001'), today)).toBeNull();
  });

  const valid = {
    idType: '身份证',
    idNumber: idOf('11010519850312001'),
    birthDate: '1985-03-12',
    residency: '大陆居民',
    maritalStatus: '已婚',
    firstWorkDate: '2008-07-01',
    ethnicity: '汉族',
    nativePlace: '广东省东江市',
    politicalAffiliations: ['群众'],
    socialInsuranceNo: '441900198503120011',
  };
  it('personal information: birth date as in the ID, not in the future, work and 入职 after birth', () => {
    expect(personalInfoSchema.safeParse(valid).success).toBe(true);
    expect(
      messages(personalInfoSchema.safeParse({ ...valid, joinedOrganisationDate: '1980-01-01' })),
    ).toEqual({ joinedOrganisationDate: '入职时间不能早于出生日期' });
    expect(
      messages(personalInfoSchema.safeParse({ ...valid, firstWorkDate: '2099-01-01' })),
    ).toEqual({ firstWorkDate: '参加工作时间不能晚于今天' });
    expect(
      messages(personalInfoSchema.safeParse({ ...valid, idType: '护照', idNumber: 'E12345678' }))
        .birthDate,
    ).toBeUndefined();
    expect(birthDateFromIdNumber(valid.idNumber)).toBe('1985-03-12');
  });

  it('practice information: no first practice in the future', () => {
    expect(
      messages(practiceInfoSchema.safeParse({ firstPracticeDate: '2999-01-01' })).firstPracticeDate,
    ).toBe('首次执业时间应在 1900-01-01 至 2100-12-31 之间');
    expect(
      messages(practiceInfoSchema.safeParse({ firstPracticeDate: '2099-01-01' })).firstPracticeDate,
    ).toBe('首次执业时间不能晚于今天');
  });
});

describe('rosters and staff roles', () => {
  it('a law firm has no 公职律师 or 公司律师; offices keep theirs', () => {
    expect(rosterCategoryProblem('LAW_FIRM', 'PUBLIC')).toBe('律师事务所不能添加公职律师');
    expect(rosterCategoryProblem('LAW_FIRM', 'COMPANY')).toBe('律师事务所不能添加公司律师');
    expect(rosterCategoryProblem('LAW_FIRM', 'FULL_TIME')).toBeNull();
    expect(rosterCategoryProblem('COMPANY_OFFICE', 'COMPANY')).toBeNull();
    expect(rosterCategoryProblem('PUBLIC_OFFICE', 'PUBLIC')).toBeNull();
  });

  it('a role given twice is refused on the field, on create and on edit', () => {
    const create = createStaffSchema.safeParse({
      username: 'li.si',
      displayName: '李四',
      roles: ['PROFILE_REVIEWER', 'PROFILE_REVIEWER'],
      initialPassword: 'Welcome-2026',
    });
    expect(messages(create)).toEqual({ roles: '角色不能重复选择' });
    const update = updateStaffSchema.safeParse({
      displayName: '李四',
      roles: ['CARD_OFFICER', 'CARD_OFFICER'],
      disabled: false,
    });
    expect(messages(update)).toEqual({ roles: '角色不能重复选择' });
  });
});

describe('the certificate draft', () => {
  it('keeps the input in progress', () => {
    const draft = {
      step: 3,
      input: {
        typeId: '5d7a1f5e-8a0b-4c3e-9f1a-2b3c4d5e6f70',
        values: { purpose: '投标' },
        contactEmail: 'a@exa',
        lawyerIds: [],
        paper: { needed: true, quantity: 2, pickup: 'SELF' },
      },
    };
    expect(certificateDraftSchema.parse(draft)).toEqual(draft);
  });

  it('refuses any other JSON: nesting, wrong types, megabytes', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = { a: deep };
    for (const input of [
      { values: deep },
      { paper: deep },
      { values: { purpose: { nested: true } } },
      { lawyerIds: 'all' },
      { contactEmail: 'x'.repeat(1_000_000) },
    ]) {
      expect(certificateDraftSchema.safeParse({ step: 2, input }).success).toBe(false);
    }
  });
});
