import { describe, expect, it } from 'vitest';
import { initialPassword } from '../src/initial-password.ts';

describe('initial passwords (SPEC §1)', () => {
  it('lawyer: last 6 characters of the ID number, letters lower-case', () => {
    expect(initialPassword({ kind: 'LAWYER', idNo: '11010519491231002X' })).toBe('31002x');
    expect(initialPassword({ kind: 'LAWYER', idNo: '441900196803151013' })).toBe('151013');
  });
  it('law firm: last 6 characters of its licence number', () => {
    expect(
      initialPassword({
        kind: 'ORGANISATION',
        organisationKind: 'LAW_FIRM',
        licenceNo: '24419200110512345',
      }),
    ).toBe('512345');
  });
  it('company and public lawyer offices: 123456', () => {
    expect(
      initialPassword({
        kind: 'ORGANISATION',
        organisationKind: 'COMPANY_OFFICE',
        licenceNo: null,
      }),
    ).toBe('123456');
    expect(
      initialPassword({ kind: 'ORGANISATION', organisationKind: 'PUBLIC_OFFICE', licenceNo: null }),
    ).toBe('123456');
  });
  it('a firm without a licence number is a data error', () => {
    expect(() =>
      initialPassword({ kind: 'ORGANISATION', organisationKind: 'LAW_FIRM', licenceNo: null }),
    ).toThrow();
  });
});
