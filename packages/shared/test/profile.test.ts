import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../src/errors.ts';
import { basicChangeSchema, personalInfoSchema, practiceInfoSchema } from '../src/profile-basic.ts';
import { PROFILE_WORKFLOW, profileEditMode } from '../src/profile-workflow.ts';
import { canApply } from '../src/workflow.ts';
import {
  educationSummary,
  SECTION_DEFS,
  SECTION_ENTRY_SCHEMAS,
  sectionBySlug,
  summarizeEntry,
} from '../src/profile-sections.ts';

/** The first message per field, as the server reports them. */
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  fieldErrorsOf(result.error?.issues ?? []);

describe('profile sections as data', () => {
  it('builds each entry schema from its fields: required, choices, dates and their order', () => {
    const education = SECTION_ENTRY_SCHEMAS.EDUCATION;
    expect(messages(education.safeParse({}))).toMatchObject({
      country: '请选择所在国家',
      school: '请填写毕业院校',
      level: '请选择获得学历',
      degree: '请选择获得学位',
    });
    const backwards = education.safeParse({
      country: '国内',
      school: '中山大学',
      level: '大学本科',
      degree: '学士',
      startDate: '2007-09-01',
      endDate: '2003-07-01',
    });
    expect(messages(backwards)).toEqual({ endDate: '结束日期不能早于开始日期' });
    expect(messages(education.safeParse({ country: '火星' }))).toMatchObject({
      country: '请选择所在国家',
    });
    expect(
      messages(
        SECTION_ENTRY_SCHEMAS.AWARDS.safeParse({
          level: '市级',
          content: 'x',
          issuer: 'y',
          date: '2020/1/1',
        }),
      ),
    ).toEqual({ date: '颁奖日期格式应为 yyyy-MM-dd' });
  });

  it('refuses unknown fields, so nothing arrives that the form does not show', () => {
    const result = SECTION_ENTRY_SCHEMAS.SKILLS.safeParse({ name: '仲裁', secret: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('包含未知字段：secret');
  });

  it('finds sections by slug and summarises an entry from its summary fields', () => {
    expect(sectionBySlug('awards')?.key).toBe('AWARDS');
    expect(sectionBySlug('nope')).toBeUndefined();
    expect(
      summarizeEntry('AWARDS', {
        level: '市级',
        content: '优秀律师',
        date: '2020-12-01',
        issuer: '司法局',
      }),
    ).toBe('2020-12-01 市级 优秀律师 司法局');
    expect(SECTION_DEFS.AWARDS.appendOnlyAfterApproval).toBe(true);
    expect(SECTION_DEFS.EDUCATION.allowNone).toBe(false);
  });

  it('derives the highest education level and degree', () => {
    expect(
      educationSummary([
        { level: '大学本科', degree: '学士' },
        { level: '博士研究生', degree: '博士' },
        { level: '硕士研究生', degree: '硕士' },
      ]),
    ).toEqual({ level: '博士研究生', degree: '博士' });
    expect(educationSummary([{ level: '大学专科', degree: '无' }])).toEqual({
      level: '大学专科',
      degree: null,
    });
    expect(educationSummary([])).toEqual({ level: null, degree: null });
  });
});

describe('basic information rules', () => {
  it('allows at most three practice areas', () => {
    const result = practiceInfoSchema.safeParse({
      practiceAreas: ['民商事诉讼', '刑事辩护', '税务', '知识产权'],
    });
    expect(messages(result).practiceAreas).toBe('执业范围最多选择 3 项');
  });

  it('asks party members for their party organisation and checks the ID check digit', () => {
    const result = personalInfoSchema.safeParse({
      idType: '身份证',
      idNumber: '110105194912310021',
      politicalAffiliations: ['中共党员'],
    });
    expect(messages(result)).toMatchObject({
      idNumber: '身份证号校验位不正确，请核对',
      partyOrganisation: '中共党员请填写所在党组织的名称',
    });
  });

  it('names the fields that cannot be changed after approval', () => {
    const result = basicChangeSchema.safeParse({ ethnicity: '回族', nativePlace: 'x' });
    expect(result.error?.issues.map((i) => i.message)).toContain(
      '以下信息审核通过后不能在此修改，请提交工单：民族、籍贯',
    );
  });
});

describe('profile workflow table', () => {
  it('allows each action only from its states, and says what the lawyer may edit', () => {
    expect(canApply(PROFILE_WORKFLOW, 'submit', 'DRAFT')).toBe(true);
    expect(canApply(PROFILE_WORKFLOW, 'submit', 'REJECTED')).toBe(true);
    expect(canApply(PROFILE_WORKFLOW, 'submit', 'SUBMITTED')).toBe(false);
    expect(canApply(PROFILE_WORKFLOW, 'withdraw', 'APPROVED')).toBe(false);
    expect(canApply(PROFILE_WORKFLOW, 'approve', 'DRAFT')).toBe(false);
    expect(profileEditMode('SUBMITTED')).toBe('locked');
    expect(profileEditMode('APPROVED')).toBe('change');
    expect(profileEditMode('REJECTED')).toBe('completion');
  });
});
