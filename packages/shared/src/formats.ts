import { z } from 'zod';
import { checkIdNumber, ID_NUMBER_MESSAGES } from './id-number.ts';

// Field rules shared by every form and every route. Messages are what the user reads.
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const POSTCODE_PATTERN = /^\d{6}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LICENCE_NO_PATTERN = /^\d{17}$/;

export const requiredText = (label: string, max = 100) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

export const optionalText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .optional()
    .or(z.literal('').transform(() => undefined));

export const mobileField = z
  .string({ error: '请填写手机号码' })
  .trim()
  .regex(MOBILE_PATTERN, { error: '手机号码应为 11 位数字，以 1 开头' });

export const postcodeField = z
  .string()
  .trim()
  .regex(POSTCODE_PATTERN, { error: '邮政编码应为 6 位数字' });

export const emailField = z
  .string({ error: '请填写电子邮箱' })
  .trim()
  .max(100, { error: '电子邮箱不能超过 100 个字符' })
  .email({ error: '电子邮箱格式不正确' });

export const idNumberField = z
  .string({ error: '请填写身份证号' })
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((value, ctx) => {
    const problem = checkIdNumber(value);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_NUMBER_MESSAGES[problem] });
  });

export const licenceNoField = z
  .string({ error: '请填写执业证号' })
  .trim()
  .regex(LICENCE_NO_PATTERN, { error: '执业证号应为 17 位数字' });

function isRealDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return true; // the format rule has said so already
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const dateField = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(DATE_PATTERN, { error: `${label}格式应为 yyyy-MM-dd` })
    .refine(isRealDate, { error: `${label}不是有效日期` });

/** Optional string that may arrive empty from a form: '' means "not given". */
export const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([z.literal('').transform(() => undefined), schema]).optional();

/**
 * Options for a cross-field `superRefine` that runs even when another field failed, so the form
 * shows every message at once (zod skips refinements of an object with errors otherwise).
 */
export const always = { when: () => true };
