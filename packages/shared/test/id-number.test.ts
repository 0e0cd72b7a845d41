import { describe, expect, it } from 'vitest';
import {
  birthDateFromIdNumber,
  checkIdNumber,
  computeIdCheckChar,
  genderFromIdNumber,
} from '../src/id-number.ts';
import { idNumberField } from '../src/formats.ts';

describe('GB 11643 check character', () => {
  it.each([
    ['11010519491231002X'], // the standard's own example
    ['440524198001010013'],
    ['441900196803151013'],
  ])('accepts %s', (id) => {
    expect(checkIdNumber(id)).toBeNull();
  });

  it('computes the check character, including X for 10', () => {
    expect(computeIdCheckChar('11010519491231002')).toBe('X');
    expect(computeIdCheckChar('44052419800101001')).toBe('3');
  });

  it.each([
    ['110105194912310021', 'check-digit'],
    ['440524198001010019', 'check-digit'],
    ['44052418800101001', 'format'],
    ['4405241880010100144', 'format'],
    ['44052418800101001A', 'format'],
    ['440524188002300014', 'birth-date'],
    ['440524188013010014', 'birth-date'],
  ])('refuses %s (%s)', (id, problem) => {
    expect(checkIdNumber(id)).toBe(problem);
  });

  it('accepts a lower-case x and reads birth date and gender', () => {
    expect(checkIdNumber('11010519491231002x')).toBeNull();
    expect(birthDateFromIdNumber('11010519491231002X')).toBe('1949-12-31');
    expect(genderFromIdNumber('11010519491231002X')).toBe('FEMALE');
    expect(genderFromIdNumber('441900196803151013')).toBe('MALE');
  });

  it('the shared field gives the Chinese message', () => {
    const r = idNumberField.safeParse('110105194912310021');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('身份证号校验位不正确，请核对');
    expect(idNumberField.parse(' 11010519491231002x ')).toBe('11010519491231002X');
  });
});
