import { formatDate } from './dates.ts';
import type { PracticeCategory } from './labels.ts';
import { TRAINING_KIND_LABELS, TRAINING_KINDS, type TrainingKind } from './training-kinds.ts';

// Training records (培训记录), SPEC §2.5: the yearly totals of one lawyer against the association's
// requirement. Pure functions: the API answers with them, the pages draw them, the PDF prints them.

/** Hours are kept to the half hour (0.5 h); an entry holds at most a day's 24 hours. */
export const TRAINING_HOURS_STEP = 0.5;
export const TRAINING_HOURS_MAX = 24;

/** Rounds to the nearest half hour (1.24 → 1, 1.25 → 1.5), as totals and imports count hours. */
export function roundHalfHour(hours: number): number {
  return Math.round(hours * 2) / 2;
}

/** Whether hours are a whole number of half hours (1.5 yes, 1.2 no), within float noise. */
export function isHalfHourStep(hours: number): boolean {
  return Math.abs(hours * 2 - Math.round(hours * 2)) < 1e-9;
}

/** The training year a moment belongs to: its calendar year in Shanghai. */
export function trainingYearOf(value: Date | string): number {
  return Number(formatDate(value).slice(0, 4));
}

/** The first and last day (yyyy-MM-dd, Shanghai calendar) of a training year. */
export function trainingYearDays(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The years the pickers offer and the API accepts. */
export const TRAINING_YEAR_MIN = 2000;
export const TRAINING_YEAR_MAX = 2100;

/** The association's annual requirement for one practice category, with optional minimums. */
export type TrainingRequirement = {
  year: number;
  category: PracticeCategory;
  totalHours: number;
  minimums: Partial<Record<TrainingKind, number>>;
};

/** The requirement that applies to a lawyer of this category in this year, if staff set one. */
export function requirementFor(
  requirements: readonly TrainingRequirement[],
  year: number,
  category: PracticeCategory,
): TrainingRequirement | null {
  return requirements.find((r) => r.year === year && r.category === category) ?? null;
}

export type TrainingTotals = Record<TrainingKind, number> & { total: number };

/** Totals per kind and in all, from ledger rows (reversals are negative rows). */
export function trainingTotals(
  entries: readonly { kind: TrainingKind; hours: number }[],
): TrainingTotals {
  const totals = { ONSITE: 0, OFFLINE: 0, ONLINE: 0, total: 0 };
  for (const entry of entries) {
    totals[entry.kind] += entry.hours;
    totals.total += entry.hours;
  }
  for (const key of [...TRAINING_KINDS, 'total'] as const) totals[key] = roundHalfHour(totals[key]);
  return totals;
}

export type TrainingProgress = {
  /** Hours still to do in all (at least what the kinds still need), 0 when met. */
  remaining: number;
  /** Hours still to do per kind with a minimum, 0 when met. */
  remainingByKind: Partial<Record<TrainingKind, number>>;
  compliant: boolean;
  /** Share of the requirement done, 0…1 (1 without a requirement). */
  share: number;
  /** The plain sentence the page shows: 本年度还需完成 12 学时，其中现场培训 4 学时. */
  sentence: string;
};

/** 本年度 for the year under way, 2025 年度 for another: how the sentence names the year. */
export function yearWord(year: number, now: Date = new Date()): string {
  return year === trainingYearOf(now) ? '本年度' : `${year} 年度`;
}

/** How far the totals are from the requirement; `word` names the year (yearWord). */
export function trainingProgress(
  totals: TrainingTotals,
  requirement: Pick<TrainingRequirement, 'totalHours' | 'minimums'> | null,
  word = '本年度',
): TrainingProgress {
  if (!requirement) {
    return {
      remaining: 0,
      remainingByKind: {},
      compliant: true,
      share: 1,
      sentence: `${word}未设定学时要求`,
    };
  }
  const remainingByKind: Partial<Record<TrainingKind, number>> = {};
  let byKinds = 0;
  for (const kind of TRAINING_KINDS) {
    const minimum = requirement.minimums[kind];
    if (minimum === undefined || minimum <= 0) continue;
    const left = Math.max(0, roundHalfHour(minimum - totals[kind]));
    remainingByKind[kind] = left;
    byKinds += left;
  }
  const remaining = Math.max(0, roundHalfHour(requirement.totalHours - totals.total), byKinds);
  const share =
    requirement.totalHours > 0
      ? Math.min(1, Math.max(0, totals.total / requirement.totalHours))
      : 1;
  const parts = TRAINING_KINDS.filter((k) => (remainingByKind[k] ?? 0) > 0).map(
    (k) => `${TRAINING_KIND_LABELS[k]} ${remainingByKind[k]} 学时`,
  );
  const sentence =
    remaining === 0
      ? `${word}已完成 ${requirement.totalHours} 学时的要求`
      : `${word}还需完成 ${remaining} 学时${parts.length ? `，其中${parts.join('、')}` : ''}`;
  return { remaining, remainingByKind, compliant: remaining === 0, share, sentence };
}
