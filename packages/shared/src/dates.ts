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
