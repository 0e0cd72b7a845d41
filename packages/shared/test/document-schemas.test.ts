import { describe, expect, it } from 'vitest';
import {
  categoryTargetLabel,
  documentInputSchema,
  type DocumentInput,
} from '../src/document-schemas.ts';

const valid: DocumentInput = {
  number: '东律协〔2026〕12号',
  issuer: '东江市律师协会',
  issuedOn: '2026-11-20',
  receivedOn: '2026-11-21',
  secrecy: 'INTERNAL',
  title: '关于开展2026年度律师执业年度考核工作的通知',
  subjectWords: '年度考核 通知',
  body: '各律师事务所：\n现将有关事项通知如下。',
  readBy: '2026-12-15',
  circulation: [{ kind: 'PRACTICE_CATEGORY', category: 'LEGAL_AID' }],
};

const messages = (input: unknown) => {
  const parsed = documentInputSchema.safeParse(input);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the compose form (documentInputSchema)', () => {
  it('accepts a complete document', () => {
    expect(messages(valid)).toEqual({});
  });

  it('refuses, on the field, what the clerk must fix', () => {
    expect(
      messages({ ...valid, number: ' ', title: '', circulation: [], secrecy: 'X' }),
    ).toMatchObject({
      number: '请填写公文编号',
      title: '请填写公文标题',
      circulation: '请添加传阅对象',
      secrecy: '请选择保密等级',
    });
  });

  it('keeps the dates in order: received on or after issued, read-by on or after received', () => {
    expect(messages({ ...valid, receivedOn: '2026-11-19' })).toEqual({
      receivedOn: '收文日期不能早于发文日期',
    });
    expect(messages({ ...valid, readBy: '2026-11-20' })).toEqual({
      readBy: '阅读期限不能早于收文日期',
    });
    expect(messages({ ...valid, readBy: '' })).toEqual({});
    expect(messages({ ...valid, issuedOn: '2026-02-30' })).toEqual({
      issuedOn: '发文日期不是有效日期',
    });
  });

  it('refuses the same target twice and a target without its choice', () => {
    expect(
      messages({
        ...valid,
        circulation: [
          { kind: 'ALL_LAWYERS' },
          { kind: 'PRACTICE_CATEGORY', category: 'LEGAL_AID' },
          { kind: 'ALL_LAWYERS' },
        ],
      }),
    ).toEqual({ circulation: '传阅对象有重复' });
    expect(messages({ ...valid, circulation: [{ kind: 'ORGANISATION' }] })).toEqual({
      'circulation.0.organisationId': '请选择机构',
    });
  });

  it('names a category target as the manual does', () => {
    expect(categoryTargetLabel('LEGAL_AID')).toBe('全部法律援助律师');
  });
});
