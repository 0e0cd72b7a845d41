// Every date shown and every deadline is in Asia/Shanghai time (SPEC intro).
export const TIME_ZONE = 'Asia/Shanghai';

const dateFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return '';
  return dateFormatter.format(new Date(value));
}

export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return `${dateFormatter.format(d)} ${timeFormatter.format(d)}`;
}

/** Midnight at the start of a yyyy-MM-dd day in Shanghai, as an instant. */
export function startOfShanghaiDay(yyyyMmDd: string): Date {
  return new Date(`${yyyyMmDd}T00:00:00+08:00`);
}

const chineseDateFormatter = new Intl.DateTimeFormat('zh-CN', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** 2026年11月23日, as certificates print dates (Shanghai time). */
export function chineseDate(value: Date | string): string {
  const parts = chineseDateFormatter.formatToParts(new Date(value));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日`;
}

/** 2026年11月23日 14:30, as deadlines are written in sentences (Shanghai time). */
export function chineseDateTime(value: Date | string): string {
  return `${chineseDate(value)} ${timeFormatter.format(new Date(value))}`;
}

// China keeps one offset all year (no daylight saving), so calendar arithmetic in Shanghai time is
// arithmetic on the instant shifted by eight hours.
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The same wall-clock time `months` calendar months later in Shanghai (31 Jan + 1 → 28/29 Feb). */
export function addShanghaiMonths(value: Date, months: number): Date {
  const local = new Date(value.getTime() + SHANGHAI_OFFSET_MS);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0),
  ).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay));
  return new Date(local.getTime() - SHANGHAI_OFFSET_MS);
}
