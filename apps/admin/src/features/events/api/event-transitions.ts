import type { CancelEventInput } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { eventPath } from './get-event';
import { useEventAction } from './use-event-action';

/** 发布: 草稿 → 已发布; members in the scope see it and may register once registration opens. */
export function publishEvent({ id }: { id: string }): Promise<unknown> {
  return api<unknown>(`${eventPath(id)}/publish`, { method: 'POST', body: {} });
}

/** 取消活动 with its reason: every registration is cancelled with it and members are told why. */
export function cancelEvent({ id, reason }: CancelEventInput & { id: string }): Promise<unknown> {
  return api<unknown>(`${eventPath(id)}/cancel`, { method: 'POST', body: { reason } });
}

/** 结束签到: registrations neither attended nor on leave become 缺席; attendees get the hours. */
export function closeEventAttendance({ id }: { id: string }): Promise<unknown> {
  return api<unknown>(`${eventPath(id)}/close-attendance`, { method: 'POST', body: {} });
}

export function usePublishEvent() {
  return useEventAction(publishEvent);
}

export function useCancelEvent() {
  return useEventAction(cancelEvent);
}

export function useCloseEventAttendance() {
  return useEventAction(closeEventAttendance);
}
