import type { StaffRegistration } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { eventPath } from './get-event';
import { useEventAction } from './use-event-action';

/** 批量签到: the ticked registrations (已报名 or 已请假) become 已签到. */
export function markAttendance({
  eventId,
  registrationIds,
}: {
  eventId: string;
  registrationIds: string[];
}): Promise<unknown> {
  return api<unknown>(`${eventPath(eventId)}/attendance`, {
    method: 'POST',
    body: { registrationIds },
  });
}

/** 签到 by the 6-digit code the member shows at the door; answers the registration signed in. */
export function checkIn({
  eventId,
  code,
}: {
  eventId: string;
  code: string;
}): Promise<Partial<StaffRegistration> | undefined> {
  return api<Partial<StaffRegistration> | undefined>(`${eventPath(eventId)}/check-in`, {
    method: 'POST',
    body: { code },
  });
}

/** 撤销签到: 已签到 → 已报名 (a mistaken tick), until attendance is closed. */
export function undoAttendance({ registrationId }: { registrationId: string }): Promise<unknown> {
  return api<unknown>(
    `/api/admin/event-registrations/${encodeURIComponent(registrationId)}/undo-attendance`,
    { method: 'POST', body: {} },
  );
}

export function useMarkAttendance() {
  return useEventAction(markAttendance);
}

export function useCheckIn() {
  return useEventAction(checkIn);
}

export function useUndoAttendance() {
  return useEventAction(undoAttendance);
}
