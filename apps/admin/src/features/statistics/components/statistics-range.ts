import {
  defaultStatisticsRange,
  resolveStatisticsRange,
  statisticsQuerySchema,
  type StatisticsRange,
} from '@lx/shared/statistics-schemas';
import type { Dayjs } from 'dayjs';
import { z } from 'zod';

// The range lives in the address (`?from=&to=`). A range the shared schema refuses there (a day
// that does not exist, `to` before `from`, more than five years) is no range: the page shows the
// default one rather than an error from the API.

export const DAY_FORMAT = 'YYYY-MM-DD';

export function statisticsRangeOf(
  params: { from?: string | undefined; to?: string | undefined },
  now: Date = new Date(),
): StatisticsRange {
  const parsed = statisticsQuerySchema.safeParse({ from: params.from, to: params.to });
  if (!parsed.success) return defaultStatisticsRange(now);
  // What the address leaves out is filled in on `now` (the schema's own fill-in reads the clock).
  return resolveStatisticsRange(
    { from: params.from || undefined, to: params.to || undefined },
    now,
  );
}

/** The filter form's two pickers, checked by the same schema as the API's query. */
export const statisticsFilterSchema = z.preprocess((raw) => {
  const { from, to } = (raw ?? {}) as { from?: Dayjs | null; to?: Dayjs | null };
  return { from: from?.format(DAY_FORMAT), to: to?.format(DAY_FORMAT) };
}, statisticsQuerySchema);

/** A share 0…1 as a percentage with at most one decimal: 0.375 → 37.5%. */
export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Hours to one decimal, or 无 without decisions. */
export const hoursText = (hours: number | null) => (hours === null ? '无' : `${hours} 小时`);

/** 2026-03 → 2026年3月. */
export const monthLabel = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;
