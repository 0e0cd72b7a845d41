import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf } from '../src/errors.ts';

// The path format is the contract with the forms: applyFieldErrors (packages/ui/src/zod-form.tsx)
// splits "a.0.b" on dots and reads the digits as list indexes.
describe('fieldErrorsOf', () => {
  it('puts each message on its dotted field path, list indexes included', () => {
    expect(
      fieldErrorsOf([
        { path: ['email'], message: '电子邮箱格式不正确' },
        { path: ['entries', 0, 'endDate'], message: '结束日期不能早于开始日期' },
      ]),
    ).toEqual({ email: '电子邮箱格式不正确', 'entries.0.endDate': '结束日期不能早于开始日期' });
  });

  it('keeps the first message of a field, as the form shows one at a time', () => {
    expect(
      fieldErrorsOf([
        { path: ['mobile'], message: '请填写手机号码' },
        { path: ['mobile'], message: '手机号码应为 11 位数字，以 1 开头' },
      ]),
    ).toEqual({ mobile: '请填写手机号码' });
  });

  it('files an issue about the whole object under "form"', () => {
    expect(fieldErrorsOf([{ path: [], message: '提交的内容有误' }])).toEqual({
      form: '提交的内容有误',
    });
  });

  it("maps a zod schema's issues the way the API answers them", () => {
    const schema = z.object({
      name: z.string().min(1, { error: '请填写姓名' }),
      education: z.array(z.object({ school: z.string().min(1, { error: '请填写毕业院校' }) })),
    });
    const parsed = schema.safeParse({ name: '', education: [{ school: 'x' }, { school: '' }] });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!.issues)).toEqual({
      name: '请填写姓名',
      'education.1.school': '请填写毕业院校',
    });
  });
});
