import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  monthLabel,
  percent,
  statisticsFilterSchema,
  statisticsRangeOf,
} from '@/features/statistics/components/statistics-range';

const NOW = new Date('2026-12-01T04:00:00Z');

describe('the range in the address', () => {
  it('is read when the shared schema accepts it', () => {
    expect(statisticsRangeOf({ from: '2026-01-01', to: '2026-03-31' }, NOW)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it('falls back to the last twelve months when absent or refused', () => {
    const fallback = { from: '2026-01-01', to: '2026-12-01' };
    for (const params of [
      {},
      { from: '2026-02-30', to: '2026-03-31' },
      { from: '2026-05-01', to: '2026-04-01' },
      { from: '2019-01-01', to: '2026-01-01' },
    ])
      expect(statisticsRangeOf(params, NOW), JSON.stringify(params)).toEqual(fallback);
  });
});

describe('the filter form', () => {
  it('turns the pickers into the range, and refuses an end before the start on 结束日期', () => {
    expect(
      statisticsFilterSchema.parse({ from: dayjs('2026-02-01'), to: dayjs('2026-02-28') }),
    ).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    const refused = statisticsFilterSchema.safeParse({
      from: dayjs('2026-03-01'),
      to: dayjs('2026-02-28'),
    });
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['to', '结束日期不能早于开始日期'],
    ]);
  });
});

it('writes shares and months the Chinese way', () => {
  expect([percent(0.375), percent(2 / 3), monthLabel('2026-03')]).toEqual([
    '37.5%',
    '66.7%',
    '2026年3月',
  ]);
});
