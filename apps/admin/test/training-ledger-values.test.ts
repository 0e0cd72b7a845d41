import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  manualEntryFieldErrors,
  manualEntryFormSchema,
  manualEntryInputOf,
} from '@/features/training/components/manual-entry-form-values';
import {
  reportYearOf,
  reportYearOptions,
  yearParam,
} from '@/features/training/components/report-year';
import {
  complianceCountsText,
  complianceQuery,
  complianceTabOf,
  organisationComplianceQuery,
  percentText,
} from '@/features/training/components/compliance-queries';

// 2026-06-15 noon in Shanghai.
const NOW = new Date('2026-06-15T04:00:00Z');
const paging = { page: 1, pageSize: 20 };
const ORG = '0b6f5c9e-4f43-4a35-9d7a-3b5f0f6c1a01';

const filled = {
  date: dayjs('2026-03-02', 'YYYY-MM-DD'),
  title: '民法典合同编专题讲座',
  organiser: '东江市律师协会',
  kind: 'ONSITE' as const,
  hours: 2.5,
  reason: '外地培训补录',
};

describe('人工录入 form', () => {
  it('sends the day as yyyy-MM-dd and the hours as a number', () => {
    const parsed = manualEntryFormSchema.safeParse(filled);
    expect(parsed.success && parsed.data).toEqual({ ...filled, date: '2026-03-02' });
  });

  it('refuses hours not in half hours, on the 学时 field, with the shared message', () => {
    const parsed = manualEntryFormSchema.safeParse({ ...filled, hours: 1.2 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['hours', '学时应以 0.5 学时为单位'],
    ]);
  });

  it('asks for every field of an empty form on its own field', () => {
    const parsed = manualEntryFormSchema.safeParse({ date: null, hours: null, kind: undefined });
    const fields = new Set(parsed.error?.issues.map((i) => i.path.join('.')));
    expect(fields).toEqual(new Set(['date', 'title', 'organiser', 'kind', 'hours', 'reason']));
    expect(manualEntryInputOf({ hours: null }).hours).toBeUndefined();
  });

  it('puts the API field errors on the fields the form has and drops the others', () => {
    expect(manualEntryFieldErrors({ hours: '学时不能超过 24', lawyerId: '律师不存在' })).toEqual({
      hours: '学时不能超过 24',
    });
  });
});

describe('the year of the ledger and the report', () => {
  it('is the address year when the API accepts it, else the current one', () => {
    expect(reportYearOf('2024', NOW)).toBe(2024);
    expect(reportYearOf(undefined, NOW)).toBe(2026);
    expect(reportYearOf('1999', NOW)).toBe(2026);
    expect(reportYearOf('abc', NOW)).toBe(2026);
  });

  it('offers the current year and nine before, and keeps an older one shown', () => {
    const years = reportYearOptions(2026, NOW).map((o) => o.value);
    expect(years[0]).toBe(2026);
    expect(years).toHaveLength(10);
    expect(
      reportYearOptions(2010, NOW)
        .map((o) => o.value)
        .at(-1),
    ).toBe(2010);
  });

  it('leaves the current year out of the address', () => {
    expect(yearParam(2026, NOW)).toBeUndefined();
    expect(yearParam(2025, NOW)).toBe('2025');
  });
});

describe('the 达标报表 from the address', () => {
  it('reads the status, a trimmed search and the organisation', () => {
    expect(
      complianceQuery(
        paging,
        { year: '2025', status: 'behind', q: ' 邓 ', organisationId: ORG },
        NOW,
      ),
    ).toEqual({ ...paging, year: 2025, status: 'behind', q: '邓', organisationId: ORG });
  });

  it('drops what the shared schema refuses rather than asking the API', () => {
    expect(complianceQuery(paging, { status: 'late', q: '   ', organisationId: 'x' }, NOW)).toEqual(
      { ...paging, year: 2026, status: undefined, q: undefined, organisationId: undefined },
    );
  });

  it('asks the organisation list with the year and search only', () => {
    expect(
      organisationComplianceQuery(paging, { year: '2025', status: 'behind', q: '正衡' }, NOW),
    ).toEqual({ ...paging, year: 2025, q: '正衡' });
  });

  it('shows 按律师 unless the address names 按机构', () => {
    expect(complianceTabOf('organisations')).toBe('organisations');
    expect(complianceTabOf('x')).toBe('lawyers');
    expect(complianceTabOf(undefined)).toBe('lawyers');
  });

  it('writes the counts as the page shows them', () => {
    expect(percentText(2 / 3)).toBe('66.7%');
    expect(percentText(1)).toBe('100%');
    expect(complianceCountsText({ lawyers: 120, compliant: 80, behind: 40, share: 80 / 120 })).toBe(
      '律师 120 人，已达标 80 人（66.7%），未达标 40 人',
    );
  });
});
