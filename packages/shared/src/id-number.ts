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

export type IdNumberProblem = 'format' | 'birth-date' | 'check-digit';

export function checkIdNumber(value: string): IdNumberProblem | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!isValidBirthDate(id.slice(6, 14))) return 'birth-date';
  if (computeIdCheckChar(id.slice(0, 17)) !== id[17]) return 'check-digit';
  return null;
}

export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  format: '身份证号应为 18 位，前 17 位为数字，最后一位为数字或 X',
  'birth-date': '身份证号中的出生日期无效',
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
