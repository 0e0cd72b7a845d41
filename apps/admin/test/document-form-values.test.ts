import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { StaffDocument } from '@lx/shared/document-schemas';
import {
  dateOf,
  dayOf,
  documentFormSchema,
  documentFormValues,
  documentInputOf,
  formFieldErrors,
  targetLabel,
  targetRowOf,
  targetRowsOf,
  withTarget,
  type DocumentFormValues,
} from '@/features/documents/components/document-form-values';

const ORG = '0b6f5c9e-4f43-4a35-9d7a-3b5f0f6c1a01';
const GROUP = '1c7a6d0f-5a54-4b46-8e8b-4c6a1a7d2b02';
const PERSON = '2d8b7e1a-6b65-4c57-9f9c-5d7b2b8e3c03';

const draft: StaffDocument = {
  id: '3e9c8f2b-7c76-4d68-a0ad-6e8c3c9f4d04',
  number: '东律协〔2026〕12号',
  issuer: '东江市司法局',
  issuedOn: '2026-03-02',
  receivedOn: '2026-03-05',
  secrecy: 'INTERNAL',
  title: '关于开展律师执业年度考核的通知',
  state: 'DRAFT',
  publishedAt: null,
  subjectWords: null,
  body: '各律师事务所：\n\n请于月底前完成考核。',
  readBy: null,
  withdrawReason: null,
  withdrawnAt: null,
  attachments: [],
  circulation: [
    {
      id: 'a1',
      kind: 'ORGANISATION',
      label: '东江正和律师事务所',
      category: null,
      organisationId: ORG,
      groupId: null,
      accountId: null,
      recipientCount: 0,
      readCount: 0,
    },
    {
      id: 'a2',
      kind: 'MEMBER',
      label: '王小明',
      category: null,
      organisationId: null,
      groupId: null,
      accountId: PERSON,
      recipientCount: 0,
      readCount: 0,
    },
  ],
  recipientCount: 0,
  readCount: 0,
  version: 3,
  feedbackCount: 0,
  targets: [
    { kind: 'PRACTICE_CATEGORY', category: 'LEGAL_AID' },
    { kind: 'ORGANISATION', organisationId: ORG },
    { kind: 'MEMBER', accountId: PERSON },
    { kind: 'GROUP', groupId: GROUP },
  ],
};

function filled(overrides: Partial<DocumentFormValues> = {}): DocumentFormValues {
  return { ...documentFormValues(draft), ...overrides };
}

function errors(values: Partial<DocumentFormValues>): Record<string, string> {
  const parsed = documentFormSchema.safeParse(values);
  expect(parsed.success).toBe(false);
  const out: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) out[issue.path.join('.')] ??= issue.message;
  return out;
}

describe('dates on the compose form', () => {
  it('shows a yyyy-MM-dd day as that day and sends it back unchanged', () => {
    expect(dateOf(dayOf('2026-03-05'))).toBe('2026-03-05');
    expect(dateOf(dayjs('2026-12-31T23:30:00+08:00'))).toBe('2026-12-31');
  });

  it('reads no day from nothing and sends none', () => {
    expect(dayOf(null)).toBeNull();
    expect(dayOf('')).toBeNull();
    expect(dayOf('not a day')).toBeNull();
    expect(dateOf(null)).toBeUndefined();
    expect(dateOf(dayjs('garbage'))).toBeUndefined();
  });
});

describe('the draft and the input the API takes', () => {
  it('maps the loaded draft back to the same input', () => {
    // An empty optional text goes as '' (the shared schema keeps it): the edit clears the field.
    expect(documentFormSchema.parse(documentFormValues(draft))).toEqual({
      number: '东律协〔2026〕12号',
      issuer: '东江市司法局',
      issuedOn: '2026-03-02',
      receivedOn: '2026-03-05',
      secrecy: 'INTERNAL',
      title: '关于开展律师执业年度考核的通知',
      subjectWords: '',
      body: '各律师事务所：\n\n请于月底前完成考核。',
      readBy: undefined,
      circulation: draft.targets,
    });
  });

  it('sends the picked 阅读期限 and only the bare targets', () => {
    const input = documentInputOf(filled({ readBy: dayOf('2026-03-20') }));
    expect(input.readBy).toBe('2026-03-20');
    expect(input.circulation).toEqual(draft.targets);
  });

  it('starts a new document empty, with no secrecy level chosen', () => {
    expect(documentFormValues(null)).toEqual({
      number: '',
      issuer: '',
      issuedOn: null,
      receivedOn: null,
      secrecy: undefined,
      title: '',
      subjectWords: '',
      body: '',
      readBy: null,
      circulation: [],
    });
  });
});

describe("the compose form's messages", () => {
  it("puts the shared schema's messages on the form's own fields", () => {
    expect(errors(documentFormValues(null))).toEqual({
      number: '请填写公文编号',
      issuer: '请填写来文单位',
      issuedOn: '请填写发文日期',
      receivedOn: '请填写收文日期',
      secrecy: '请选择保密等级',
      title: '请填写公文标题',
      body: '请填写正文',
      circulation: '请添加传阅对象',
    });
  });

  it('refuses a 收文日期 before the 发文日期, and a 阅读期限 before the 收文日期', () => {
    expect(errors(filled({ receivedOn: dayOf('2026-03-01') }))).toEqual({
      receivedOn: '收文日期不能早于发文日期',
    });
    expect(errors(filled({ readBy: dayOf('2026-03-04') }))).toEqual({
      readBy: '阅读期限不能早于收文日期',
    });
  });

  it('shows a problem inside one target on 传阅对象', () => {
    const bad = targetRowOf({ kind: 'ORGANISATION', organisationId: 'not-a-uuid' }, '某所');
    expect(errors(filled({ circulation: [bad] }))).toEqual({ circulation: '请选择机构' });
  });
});

describe("the API's field errors on the form", () => {
  it('drops the `document.` of an edit, puts targets on 传阅对象 and leaves the version out', () => {
    expect(
      formFieldErrors({
        'document.number': '公文编号已存在',
        'document.circulation.2.groupId': '传阅组不存在',
        circulation: '传阅对象有重复',
        version: '版本无效',
      }),
    ).toEqual({ number: '公文编号已存在', circulation: '传阅组不存在' });
  });
});

describe('传阅对象 labels and rows', () => {
  it('names the fixed targets by their kind and a category as 全部…律师', () => {
    expect(targetLabel({ kind: 'ALL_LAWYERS' })).toBe('全部律师');
    expect(targetLabel({ kind: 'FIRM_HEADS' })).toBe('全部律师事务所负责人/主任');
    expect(targetLabel({ kind: 'PRACTICE_CATEGORY', category: 'LEGAL_AID' })).toBe(
      '全部法律援助律师',
    );
  });

  it('names an organisation, group or person by the name picked, else says it is unknown', () => {
    expect(targetLabel({ kind: 'MEMBER', accountId: PERSON }, '王小明')).toBe('王小明');
    expect(targetLabel({ kind: 'GROUP', groupId: GROUP })).toBe('传阅组（名称未知）');
  });

  it("labels a loaded draft's targets with the server's labels, matched by kind and id", () => {
    expect(targetRowsOf(draft).map((row) => row.label)).toEqual([
      '全部法律援助律师',
      '东江正和律师事务所',
      '王小明',
      '传阅组（名称未知）',
    ]);
  });

  it('adds a target once: the same organisation twice is one row', () => {
    const first = targetRowOf({ kind: 'ORGANISATION', organisationId: ORG }, '东江正和律师事务所');
    const again = targetRowOf({ kind: 'ORGANISATION', organisationId: ORG }, '别名');
    const rows = withTarget(withTarget([], first), again);
    expect(rows).toEqual([first]);
    const other = targetRowOf({ kind: 'ALL_LAWYERS' });
    expect(withTarget(rows, other)).toEqual([first, other]);
  });
});
