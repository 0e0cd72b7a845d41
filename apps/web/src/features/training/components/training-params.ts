import { TRAINING_YEAR_MAX, TRAINING_YEAR_MIN, trainingYearOf } from '@lx/shared/training-rules';
import { pageFromSearch } from '@/lib/page';

// 培训记录's year and page live in the address (?year=&page=), so a reload, the back button and
// a link from 本所律师学时 show the same year. Pure, for the unit tests.

/** The training year at `now`: its calendar year in Shanghai. */
export function currentTrainingYear(now: Date = new Date()): number {
  return trainingYearOf(now);
}

/** The years the picker offers, newest first: next year (for plans) back to TRAINING_YEAR_MIN. */
export function trainingYears(current: number): number[] {
  const newest = Math.min(current + 1, TRAINING_YEAR_MAX);
  const years: number[] = [];
  for (let year = newest; year >= TRAINING_YEAR_MIN; year -= 1) years.push(year);
  return years;
}

/** The year and page the address asks for; a year the picker does not offer is the current one. */
export function trainingParamsFromSearch(
  search: URLSearchParams,
  current: number,
): { year: number; page: number } {
  const asked = Number(search.get('year'));
  const year = trainingYears(current).includes(asked) ? asked : current;
  return { year, page: pageFromSearch(search.get('page')) };
}
