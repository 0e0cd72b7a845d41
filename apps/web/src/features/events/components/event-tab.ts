import { MEMBER_EVENT_TABS, type MemberEventQuery } from '@lx/shared/event-schemas';

export type EventTab = MemberEventQuery['tab'];

export const EVENT_TAB_LABELS: Record<EventTab, string> = {
  open: '正在报名的活动',
  mine: '我已报名的活动',
};

/** The tab named in the address (?tab=), 正在报名的活动 when absent or unknown. */
export function tabFromSearch(value: string | null): EventTab {
  return MEMBER_EVENT_TABS.find((tab) => tab === value) ?? 'open';
}
