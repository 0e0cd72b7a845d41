import { PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import { TRAINING_KINDS, TRAINING_KIND_LABELS } from '@lx/shared/training-kinds';
import type { TrainingSummary } from '@lx/shared/training-schemas';

// What the training pages say about hours. Pure, for the unit tests.

/** Hours as people write them: 6, 6.5, -2 (a reversal). */
export function hoursText(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

/** How much of `required` is done, 0…100, for a progress bar. */
export function percentOf(done: number, required: number): number {
  if (required <= 0) return 100;
  return Math.round(Math.min(1, Math.max(0, done / required)) * 100);
}

/** A progress bar's accessible name: 现场培训 完成 6/10 学时. */
export function progressLabel(label: string, done: number, required: number): string {
  return `${label} 完成 ${hoursText(done)}/${hoursText(required)} 学时`;
}

/** The year's requirement in one sentence: 年度要求 40 学时，其中现场培训不少于 10 学时. */
export function requirementText(summary: Pick<TrainingSummary, 'requirement'>): string {
  const { requirement } = summary;
  if (!requirement) return '未设定年度学时要求';
  const minimums = TRAINING_KINDS.filter((kind) => (requirement.minimums[kind] ?? 0) > 0).map(
    (kind) => `${TRAINING_KIND_LABELS[kind]}不少于 ${hoursText(requirement.minimums[kind]!)} 学时`,
  );
  const total = `年度要求 ${hoursText(requirement.totalHours)} 学时`;
  return minimums.length ? `${total}，其中${minimums.join('、')}` : total;
}

/** Who the summary is about: 江雨桐 · 广东华粤律师事务所 · 专职律师. */
export function lawyerLine(summary: Pick<TrainingSummary, 'lawyer'>): string {
  const { lawyer } = summary;
  return [lawyer.name, lawyer.organisationName, PRACTICE_CATEGORY_LABELS[lawyer.category]].join(
    ' · ',
  );
}
