import { formatDate, formatDateTime } from '@lx/shared/dates';

/**
 * A span of time as the console shows it (Shanghai time): "2026-12-12 09:00 至 12:30" within one
 * day, both ends in full across days.
 */
export function timeRangeText(from: string, to: string): string {
  const end =
    formatDate(from) === formatDate(to) ? formatDateTime(to).slice(11) : formatDateTime(to);
  return `${formatDateTime(from)} 至 ${end}`;
}

/** 名额: the places held out of the capacity ("12/80"). */
export function placesText(event: { placesTaken: number; capacity: number }): string {
  return `${event.placesTaken}/${event.capacity}`;
}
