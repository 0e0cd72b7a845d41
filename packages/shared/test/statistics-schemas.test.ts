import { describe, expect, it } from 'vitest';
import {
  addMonthsToDay,
  defaultStatisticsRange,
  monthsOfRange,
  statisticsQuerySchema,
} from '../src/statistics-schemas.ts';

const messages = (query: Record<string, string>) =>
  statisticsQuerySchema.safeParse(query).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('统计分析 range', () => {
  it('defaults to this month and the eleven before it (Shanghai days)', () => {
    // 1 December 2026 at 07:30 in Shanghai is still 30 November in UTC.
    expect(defaultStatisticsRange(new Date('2026-11-30T23:30:00Z'))).toEqual({
      from: '2026-01-01',
      to: '2026-12-01',
    });
    expect(defaultStatisticsRange(new Date('2026-05-20T04:00:00Z'))).toEqual({
      from: '2025-06-01',
      to: '2026-05-20',
    });
  });

  it('fills in a missing end: today; a missing start: twelve months before the end', () => {
    expect(statisticsQuerySchema.parse({ to: '2026-03-15' })).toEqual({
      from: '2025-04-01',
      to: '2026-03-15',
    });
    expect(statisticsQuerySchema.parse({ from: '2026-03-01', to: '' }).from).toBe('2026-03-01');
  });

  it('refuses an end before the start, more than five years, and days that do not exist', () => {
    expect(messages({ from: '2026-03-02', to: '2026-03-01' })).toEqual([
      ['to', '结束日期不能早于开始日期'],
    ]);
    expect(messages({ from: '2021-03-01', to: '2026-03-01' })).toEqual([
      ['to', '统计区间不能超过 5 年'],
    ]);
    expect(messages({ from: '2021-03-01', to: '2026-02-28' })).toBeUndefined();
    expect(messages({ from: '2026-02-29', to: '2026-03-01' })).toEqual([
      ['from', '开始日期不是有效日期'],
    ]);
  });

  it('lists the months of a range, and adds months within the month’s days', () => {
    expect(monthsOfRange({ from: '2025-11-15', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(addMonthsToDay('2026-01-31', 1)).toBe('2026-02-28');
  });
});
