import { describe, expect, it } from 'vitest';
import { TRAINING_YEAR_MIN } from '@lx/shared/training-rules';
import { paths } from '@/config/paths';
import {
  currentTrainingYear,
  trainingParamsFromSearch,
  trainingYears,
} from '@/features/training/components/training-params';
import {
  hoursText,
  percentOf,
  progressLabel,
  requirementText,
} from '@/features/training/components/training-texts';

const fromHref = (href: string, current = 2026) =>
  trainingParamsFromSearch(new URLSearchParams(href.split('?')[1] ?? ''), current);

describe('the training year', () => {
  it('is the calendar year in Shanghai, which starts 8 hours before UTC does', () => {
    expect(currentTrainingYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(currentTrainingYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });

  it('is offered from next year back to the first year, newest first', () => {
    const years = trainingYears(2026);
    expect(years[0]).toBe(2027);
    expect(years[1]).toBe(2026);
    expect(years.at(-1)).toBe(TRAINING_YEAR_MIN);
    expect(years).toHaveLength(2027 - TRAINING_YEAR_MIN + 1);
  });
});

describe('the training address', () => {
  it('is bare for the current year, and keeps a chosen year and page', () => {
    expect(paths.training.getHref()).toBe('/training');
    expect(paths.training.getHref({ year: 2025, page: 1 })).toBe('/training?year=2025');
    expect(paths.trainingLawyer.getHref('a-b', { year: 2025, page: 3 })).toBe(
      '/training/lawyers/a-b?year=2025&page=3',
    );
  });

  it('reads back what it wrote', () => {
    expect(fromHref(paths.training.getHref({ year: 2024, page: 2 }))).toEqual({
      year: 2024,
      page: 2,
    });
    expect(fromHref(paths.training.getHref())).toEqual({ year: 2026, page: 1 });
  });

  it('shows the current year for a year the picker does not offer', () => {
    expect(fromHref('/training?year=2028')).toEqual({ year: 2026, page: 1 });
    expect(fromHref('/training?year=1999&page=0')).toEqual({ year: 2026, page: 1 });
    expect(fromHref('/training?year=abc&page=x')).toEqual({ year: 2026, page: 1 });
    expect(fromHref('/training?year=2027')).toEqual({ year: 2027, page: 1 });
  });
});

describe('what the pages say about hours', () => {
  it('writes hours as people do', () => {
    expect(hoursText(6)).toBe('6');
    expect(hoursText(6.5)).toBe('6.5');
    expect(hoursText(-2)).toBe('-2');
  });

  it('fills a bar to the share done, never past full or below empty', () => {
    expect(percentOf(6, 10)).toBe(60);
    expect(percentOf(45, 40)).toBe(100);
    expect(percentOf(-1, 40)).toBe(0);
    expect(percentOf(0, 0)).toBe(100);
  });

  it('names a bar by the kind and the hours', () => {
    expect(progressLabel('现场培训', 6, 10)).toBe('现场培训 完成 6/10 学时');
    expect(progressLabel('合计', 32.5, 40)).toBe('合计 完成 32.5/40 学时');
  });

  it('states the requirement with its minimums, or that there is none', () => {
    expect(requirementText({ requirement: null })).toBe('未设定年度学时要求');
    expect(requirementText({ requirement: { totalHours: 30, minimums: {} } })).toBe(
      '年度要求 30 学时',
    );
    expect(
      requirementText({ requirement: { totalHours: 40, minimums: { ONSITE: 10, ONLINE: 5 } } }),
    ).toBe('年度要求 40 学时，其中现场培训不少于 10 学时、网络课程不少于 5 学时');
  });
});
