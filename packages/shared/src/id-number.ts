import { formatDate } from './dates.ts';

// GB 11643-1999 citizen identity numbers: 17 digits + a check character (0-9 or X).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export function computeIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('需要 17 位数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isValidBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The first two digits name a province (GB/T 2260): 11–15 north, 21–23 north-east, 31–37 east,
 * 41–46 central south, 50–54 south-west, 61–65 north-west, 71 Taiwan, 81–83 Hong Kong, Macao and
 * Taiwan residents' permits, 91 foreigners' permanent residence. 00… is no place at all.
 */
const PROVINCE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3]|91)/;

/** Lawyers, and anyone the platform registers, are adults. */
export const MIN_AGE = 18;

export type IdNumberProblem =
  | 'format'
  | 'region'
  | 'birth-date'
  | 'future-birth'
  | 'under-age'
  | 'check-digit';

/** What is wrong with an ID number, or null; `today` (yyyy-MM-dd, Shanghai) is for the age. */
export function checkIdNumber(
  value: string,
  today = formatDate(new Date()),
): IdNumberProblem | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!PROVINCE.test(id)) return 'region';
  if (!isValidBirthDate(id.slice(6, 14))) return 'birth-date';
  const birth = birthDateFromIdNumber(id);
  if (birth > today) return 'future-birth';
  const eighteenth = `${String(Number(birth.slice(0, 4)) + MIN_AGE).padStart(4, '0')}${birth.slice(4)}`;
  if (eighteenth > today) return 'under-age';
  if (computeIdCheckChar(id.slice(0, 17)) !== id[17]) return 'check-digit';
  return null;
}

export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  format: '身份证号应为 18 位，前 17 位为数字，最后一位为数字或 X',
  region: '身份证号的前 6 位不是有效的地区代码',
  'birth-date': '身份证号中的出生日期无效',
  'future-birth': '身份证号中的出生日期晚于今天',
  'under-age': `身份证号显示未满 ${MIN_AGE} 周岁`,
  'check-digit': '身份证号校验位不正确，请核对',
};

export function isValidIdNumber(value: string): boolean {
  return checkIdNumber(value) === null;
}

export function birthDateFromIdNumber(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Odd 17th digit: male; even: female. */
export function genderFromIdNumber(id: string): 'MALE' | 'FEMALE' {
  return Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}
