import { describe, expect, it } from 'vitest';
import {
  certificateTypeInputSchema,
  paperCopiesSchema,
  type ApplicantProfile,
  type CertificateField,
} from '../src/certificate-schemas.ts';
import {
  certificatePlaceholderValues,
  placeholdersOf,
  renderCertificateText,
} from '../src/certificate-template.ts';
import { chineseDate } from '../src/dates.ts';
import { fieldErrorsOf } from '../src/errors.ts';

const template = {
  title: '律师执业证明',
  body: '兹证明{{律师名单}}在{{机构名称}}执业。\n\n本证明用于{{用途}}。\n\n特此证明。',
};

describe('certificate templates', () => {
  it('fills placeholders and splits paragraphs; a missing value shows as 【名称】', () => {
    expect(placeholdersOf(template.body)).toEqual(['律师名单', '机构名称', '用途']);
    expect(renderCertificateText(template, { 机构名称: '东江明德律师事务所' })).toEqual({
      title: '律师执业证明',
      paragraphs: [
        '兹证明【律师名单】在东江明德律师事务所执业。',
        '本证明用于【用途】。',
        '特此证明。',
      ],
    });
  });

  it('builds the values from the applicant, the lawyers, the fields and the issue', () => {
    const applicant: ApplicantProfile = {
      kind: 'LAW_FIRM',
      name: '东江明德律师事务所',
      organisationName: '东江明德律师事务所',
      licenceNo: '24419200510623456',
      memberNo: 'JG0002',
      address: null,
      phone: null,
      email: null,
    };
    const fields: CertificateField[] = [
      { name: 'purpose', label: '用途', kind: 'text', required: true },
    ];
    const values = certificatePlaceholderValues({
      associationName: '东江市律师协会',
      applicant,
      fields,
      values: { purpose: '投标' },
      lawyers: [
        { name: '周海涛', licenceNo: '14419201997110007' },
        { name: '黄晓敏', licenceNo: null },
      ],
      issue: { number: 'ZM2026000001', issuedOn: '2026年11月23日', expiresOn: '2027年02月21日' },
    });
    expect(values).toMatchObject({
      律师名单: '周海涛（执业证号：14419201997110007）、黄晓敏',
      用途: '投标',
      执业许可证号: '24419200510623456',
      证明编号: 'ZM2026000001',
    });
    expect(values).not.toHaveProperty('机构地址');
  });

  it('refuses unknown placeholders, {{律师名单}} without named lawyers, and duplicate field labels', () => {
    const base = {
      name: '测试',
      description: '说明',
      title: '测试证明',
      fields: [
        { name: 'a', label: '用途', kind: 'text' },
        { name: 'b', label: '用途', kind: 'text' },
      ],
      namesLawyers: false,
      applicantKinds: ['LAW_FIRM'],
      validityDays: 30,
      reviewMode: 'MANUAL',
    };
    const result = certificateTypeInputSchema.safeParse({
      ...base,
      body: '{{律师名单}}{{不存在}}',
    });
    const errors = fieldErrorsOf(result.error!.issues);
    expect(errors['fields.1.label']).toBe('字段名称重复');
    expect(errors.body).toMatch(/^未知的占位符：不存在/);
  });

  it('checks paper copies: 1–10, a pickup, and the address for mail', () => {
    const errors = (value: unknown) => {
      const result = paperCopiesSchema.safeParse(value);
      return result.success ? {} : fieldErrorsOf(result.error.issues);
    };
    expect(errors({ needed: false })).toEqual({});
    expect(errors({ needed: true, quantity: 0, pickup: 'SELF' })).toEqual({
      quantity: '申请数量须为 1 至 10 份',
    });
    expect(
      errors({
        needed: true,
        quantity: 10,
        pickup: 'MAIL',
        recipient: '张三',
        phone: '020-12345678',
      }),
    ).toEqual({
      address: '请填写收件地址',
    });
    expect(
      errors({
        needed: true,
        quantity: 2,
        pickup: 'MAIL',
        recipient: '张三',
        phone: '12',
        address: '某路',
      }),
    ).toEqual({
      phone: '收件人电话格式不正确',
    });
  });

  it('prints dates as the certificate does, in Shanghai time', () => {
    expect(chineseDate('2026-11-23T17:00:00Z')).toBe('2026年11月24日');
  });
});
