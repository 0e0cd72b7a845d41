import { yearField } from '@lx/shared/training-schemas';
import { trainingYearOf } from '@lx/shared/training-rules';

// The year the 学时台账 and the 达标报表 show: `?year=` in the address, the current training year
// (Shanghai calendar) when it is missing or not a year the API accepts.

/** How many past years the picker offers besides the current one. */
const PAST_YEARS = 9;

export function currentTrainingYear(now: Date = new Date()): number {
  return trainingYearOf(now);
}

/** The year `?year=` asks for, or the current one. */
export function reportYearOf(value: string | undefined, now: Date = new Date()): number {
  const parsed = yearField.safeParse(value ?? '');
  return value && parsed.success ? parsed.data : currentTrainingYear(now);
}

/** The years to pick from, newest first: this year and the nine before, and `shown` if older. */
export function reportYearOptions(
  shown: number,
  now: Date = new Date(),
): { value: number; label: string }[] {
  const current = currentTrainingYear(now);
  const years = Array.from({ length: PAST_YEARS + 1 }, (_, i) => current - i);
  if (!years.includes(shown)) years.push(shown);
  return years.sort((a, b) => b - a).map((year) => ({ value: year, label: `${year} 年度` }));
}

/** A year as the address keeps it: the current one is left out. */
export function yearParam(year: number, now: Date = new Date()): string | undefined {
  return year === currentTrainingYear(now) ? undefined : String(year);
}
