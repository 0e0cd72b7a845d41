import { z } from 'zod';
import { formatDate } from './dates.ts';
import { checkIdNumber, ID_NUMBER_MESSAGES } from './id-number.ts';

// Field rules shared by every form and every route. Messages are what the user reads.
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const POSTCODE_PATTERN = /^\d{6}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LICENCE_NO_PATTERN = /^\d{17}$/;

/**
 * NUL and the other control characters but tab and line breaks, and a UTF-16 half without its
 * other half: nobody types them, PostgreSQL refuses NUL in text and a lone surrogate is not UTF-8.
 */
const UNREADABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const UNREADABLE_MESSAGE = '含有无法识别的字符';

export function hasUnreadableCharacters(value: string): boolean {
  return UNREADABLE.test(value);
}

/**
 * The base of every string a person or a client sends: text fields, codes, passwords, filters.
 * Build input strings on this, never on a bare `z.string()`, so no rule can forget the check.
 */
export const text = (params?: { error?: string }) =>
  z
    .string(params)
    // Not `abort`: an aborted branch of a union (optional('')) would hide this message.
    .refine((value) => !UNREADABLE.test(value), { error: UNREADABLE_MESSAGE });

export const requiredText = (label: string, max = 100) =>
  text({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

export const optionalText = (label: string, max = 200) =>
  text()
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .optional()
    .or(z.literal('').transform(() => undefined));

export const mobileField = text({ error: '请填写手机号码' })
  .trim()
  .regex(MOBILE_PATTERN, { error: '手机号码应为 11 位数字，以 1 开头' });

export const postcodeField = text()
  .trim()
  .regex(POSTCODE_PATTERN, { error: '邮政编码应为 6 位数字' });

export const emailField = text({ error: '请填写电子邮箱' })
  .trim()
  .max(100, { error: '电子邮箱不能超过 100 个字符' })
  .email({ error: '电子邮箱格式不正确' });

export const idNumberField = text({ error: '请填写身份证号' })
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((value, ctx) => {
    const problem = checkIdNumber(value);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_NUMBER_MESSAGES[problem] });
  });

export const licenceNoField = text({ error: '请填写执业证号' })
  .trim()
  .regex(LICENCE_NO_PATTERN, { error: '执业证号应为 17 位数字' });

function isRealDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return true; // the format rule has said so already
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isDay = (value: string) => DATE_PATTERN.test(value) && isRealDate(value);

/** The dates this product deals in: births of living people to terms that end this century. */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

/** Today in Shanghai, as yyyy-MM-dd (dates compare as strings). */
export const today = () => formatDate(new Date());

/**
 * The one rule for a calendar date typed or sent as yyyy-MM-dd: a real day (no 2026-02-30) in a
 * sane range, or with `past` not after today. Body fields and query filters all use it, so no
 * impossible date reaches the database.
 */
export const dateField = (label: string, rules: { past?: boolean } = {}) =>
  text({ error: `请填写${label}` })
    .trim()
    .regex(DATE_PATTERN, { error: `${label}格式应为 yyyy-MM-dd` })
    .refine(isRealDate, { error: `${label}不是有效日期` })
    // Each rule below speaks only of a real day, so one mistake gives one message.
    .refine((day) => !isDay(day) || (day >= EARLIEST_DATE && day <= LATEST_DATE), {
      error: `${label}应在 ${EARLIEST_DATE} 至 ${LATEST_DATE} 之间`,
    })
    .refine((day) => !isDay(day) || !rules.past || day > LATEST_DATE || day <= today(), {
      error: `${label}不能晚于今天`,
    });

/** Optional string that may arrive empty from a form: '' means "not given". */
export const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.union([z.literal('').transform(() => undefined), schema]).optional();

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Options for a cross-field `superRefine` that runs even when another field failed, so the form
 * shows every message at once (zod skips refinements of an object with errors otherwise).
 * The rule sees only what passed its own rules: a value that is not an object is not checked at
 * all (its base rule has said so), and a field that failed reads as undefined, so no rule can
 * trip over a wrong type (`"fields": "x"`, a missing nested object). The value it replaces is
 * never the output: a parse with an issue has failed.
 */
export const always = {
  when(payload: z.core.ParsePayload): boolean {
    if (!isRecord(payload.value)) return false;
    const failed = new Set(payload.issues.map((issue) => issue.path?.[0]));
    if (payload.issues.some((issue) => (issue.path?.length ?? 0) > 0)) {
      payload.value = Object.fromEntries(
        Object.entries(payload.value).filter(([key]) => !failed.has(key)),
      );
    }
    return true;
  },
};
