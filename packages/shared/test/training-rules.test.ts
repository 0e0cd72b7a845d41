import { describe, expect, it } from 'vitest';
import {
  isHalfHourStep,
  requirementFor,
  roundHalfHour,
  trainingProgress,
  trainingTotals,
  trainingYearOf,
  type TrainingRequirement,
} from '../src/training-rules.ts';
import { manualEntryInputSchema, requirementsInputSchema } from '../src/training-schemas.ts';

const REQUIREMENTS: TrainingRequirement[] = [
  { year: 2026, category: 'FULL_TIME', totalHours: 40, minimums: { ONSITE: 10, ONLINE: 5 } },
  { year: 2026, category: 'TRAINEE', totalHours: 30, minimums: {} },
  { year: 2025, category: 'FULL_TIME', totalHours: 36, minimums: {} },
];

describe('training rules', () => {
  it('totals per kind and in all; a reversal counts negative', () => {
    expect(
      trainingTotals([
        { kind: 'ONSITE', hours: 3 },
        { kind: 'ONLINE', hours: 1.5 },
        { kind: 'ONSITE', hours: 2.5 },
        { kind: 'ONSITE', hours: -3 },
      ]),
    ).toEqual({ ONSITE: 2.5, OFFLINE: 0, ONLINE: 1.5, total: 4 });
  });

  it('remaining: the larger of what the total needs and what the kinds’ minimums need', () => {
    const req = requirementFor(REQUIREMENTS, 2026, 'FULL_TIME');
    // 28 in all, 6 on site, none online: 12 in all, of which 4 on site and 5 online.
    const some = trainingProgress({ ONSITE: 6, OFFLINE: 22, ONLINE: 0, total: 28 }, req);
    expect([some.remaining, some.remainingByKind, some.compliant]).toEqual([
      12,
      { ONSITE: 4, ONLINE: 5 },
      false,
    ]);
    expect(some.sentence).toBe('本年度还需完成 12 学时，其中现场培训 4 学时、网络课程 5 学时');
    expect(some.share).toBeCloseTo(0.7);
    // 45 in all but 2 on site: the total is met, the kind is not: 8 more.
    const kinds = trainingProgress({ ONSITE: 2, OFFLINE: 38, ONLINE: 5, total: 45 }, req);
    expect([kinds.remaining, kinds.compliant, kinds.share]).toEqual([8, false, 1]);
    const met = trainingProgress({ ONSITE: 10, OFFLINE: 25, ONLINE: 5, total: 40 }, req);
    expect([met.remaining, met.compliant, met.sentence]).toEqual([
      0,
      true,
      '本年度已完成 40 学时的要求',
    ]);
    const none = trainingProgress({ ONSITE: 0, OFFLINE: 0, ONLINE: 0, total: 0 }, null);
    expect([none.compliant, none.sentence]).toEqual([true, '本年度未设定学时要求']);
  });

  it('looks the requirement up by year and practice category', () => {
    expect(requirementFor(REQUIREMENTS, 2026, 'TRAINEE')?.totalHours).toBe(30);
    expect(requirementFor(REQUIREMENTS, 2025, 'FULL_TIME')?.totalHours).toBe(36);
    expect(requirementFor(REQUIREMENTS, 2026, 'PART_TIME')).toBeNull();
    expect(requirementFor(REQUIREMENTS, 2027, 'FULL_TIME')).toBeNull();
  });

  it('hours in half hours', () => {
    expect([roundHalfHour(1.24), roundHalfHour(1.25), roundHalfHour(0.1 + 0.2)]).toEqual([
      1, 1.5, 0.5,
    ]);
    expect([isHalfHourStep(2.5), isHalfHourStep(1.2), isHalfHourStep(0.1 * 3 * 5)]).toEqual([
      true,
      false,
      true,
    ]);
    const hours = (h: number) => manualEntryInputSchema.shape.hours.safeParse(h);
    expect(hours(0.5).success).toBe(true);
    expect(hours(24).success).toBe(true);
    expect(hours(0).error?.issues[0]?.message).toBe('学时应大于 0');
    expect(hours(24.5).error?.issues[0]?.message).toBe('学时不能超过 24');
    expect(hours(1.2).error?.issues[0]?.message).toBe('学时应以 0.5 学时为单位');
  });

  it('the training year is the calendar year in Shanghai', () => {
    // 31 Dec 2025 16:30 UTC is already 1 Jan 2026 in Shanghai.
    expect(trainingYearOf(new Date('2025-12-31T16:30:00Z'))).toBe(2026);
    expect(trainingYearOf(new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(trainingYearOf('2026-12-31T15:59:59Z')).toBe(2026);
  });

  it('requirements: minimums within the total, each category once', () => {
    const res = requirementsInputSchema.safeParse({
      items: [
        { category: 'FULL_TIME', totalHours: 10, minimums: { ONSITE: 8, OFFLINE: 4 } },
        { category: 'FULL_TIME', totalHours: 20, minimums: {} },
      ],
    });
    expect(res.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['items.0.minimums', '各类最低学时之和不能超过年度学时要求'],
      ['items.1.category', '专职律师重复'],
    ]);
  });
});
