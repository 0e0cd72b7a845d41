import { describe, expect, it } from 'vitest';
import type { UploadFile } from 'antd';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import {
  ATTACHMENTS_REQUIRED_MESSAGE,
  lawyerChoice,
  lawyerPrefill,
  organisationPrefill,
  registrationFormSchema,
} from '@/features/events/components/registration-form-values';

const LAWYER_ID = '0b7a4c1e-4f7e-4a53-9a0d-6f1f3c2b9e01';
const values = {
  name: '胡振华',
  gender: 'MALE',
  workplace: '广东正衡律师事务所',
  position: '合伙人',
  phone: '',
  mobile: '13807691012',
  email: 'lawyer13@example.cn',
  attachments: [] as UploadFile[],
};
const file = { uid: '1', name: 'scan.pdf' } as UploadFile;

function errorsOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('registrationFormSchema', () => {
  it('takes a lawyer’s own registration without lawyerId or files', () => {
    const schema = registrationFormSchema({ organisation: false, attachmentsRequired: false });
    const parsed = schema.safeParse(values);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.phone).toBeUndefined();
    expect(parsed.data?.lawyerId).toBeUndefined();
  });

  it('asks a firm which of its lawyers takes part', () => {
    const schema = registrationFormSchema({ organisation: true, attachmentsRequired: false });
    expect(errorsOf(schema.safeParse(values))).toEqual({ lawyerId: '请选择参加人员' });
    expect(schema.safeParse({ ...values, lawyerId: LAWYER_ID }).success).toBe(true);
  });

  it('asks for files when the event requires them, beside the other field errors', () => {
    const schema = registrationFormSchema({ organisation: false, attachmentsRequired: true });
    // All at once, as a person sees them after submitting a half-filled form.
    const errors = errorsOf(schema.safeParse({ ...values, gender: undefined, mobile: '123' }));
    expect(errors.attachments).toBe(ATTACHMENTS_REQUIRED_MESSAGE);
    expect(errors.gender).toBe('请选择性别');
    expect(errors.mobile).toBe('手机号码应为 11 位数字，以 1 开头');
    expect(schema.safeParse({ ...values, attachments: [file] }).success).toBe(true);
  });

  it('keeps the API’s own messages', () => {
    const schema = registrationFormSchema({ organisation: false, attachmentsRequired: false });
    const errors = errorsOf(schema.safeParse({ ...values, name: ' ', gender: undefined }));
    expect(errors.name).toBe('请填写姓名');
    expect(errors.gender).toBe('请选择性别');
  });
});

const account = {
  displayName: '胡振华',
  mobile: '13900000000',
  email: 'account@example.cn',
  lawyer: {
    id: 'l1',
    licenceNo: '14419202003110013',
    memberNo: 'LS020013',
    practiceCategory: 'FULL_TIME' as const,
    organisationRole: 'PARTNER' as const,
    organisationName: '广东正衡律师事务所',
  },
};

describe('lawyerPrefill', () => {
  it('starts from the licence record and the profile’s contact details', () => {
    const basic = {
      practiceRecord: {
        name: '胡振华',
        gender: 'MALE',
        organisationName: '广东正衡律师事务所',
        organisationRole: 'PARTNER',
      },
      contact: { mobile: '13807691012', phone: '0769-22330003', email: 'lawyer13@example.cn' },
    } as unknown as BasicInfo;
    expect(lawyerPrefill(account, basic)).toEqual({
      name: '胡振华',
      gender: 'MALE',
      workplace: '广东正衡律师事务所',
      position: '合伙人',
      phone: '0769-22330003',
      mobile: '13807691012',
      email: 'lawyer13@example.cn',
      attachments: [],
    });
  });

  it('falls back on the account where the profile has nothing', () => {
    expect(lawyerPrefill(account, undefined)).toEqual({
      name: '胡振华',
      gender: undefined,
      workplace: '广东正衡律师事务所',
      position: '合伙人',
      phone: '',
      mobile: '13900000000',
      email: 'account@example.cn',
      attachments: [],
    });
  });
});

describe('a firm’s form', () => {
  it('starts with the firm as the workplace and nobody chosen', () => {
    expect(organisationPrefill('广东华粤律师事务所')).toMatchObject({
      lawyerId: undefined,
      name: '',
      workplace: '广东华粤律师事务所',
    });
  });

  it('fills in who the chosen lawyer is', () => {
    expect(lawyerChoice({ name: '张丽华', gender: 'FEMALE', organisationRole: 'LAWYER' })).toEqual({
      name: '张丽华',
      gender: 'FEMALE',
      position: '律师',
    });
  });
});
