import type { EventInput, StaffEvent } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { useEventAction } from './use-event-action';

/** 新建活动: the event starts as a draft (草稿); members see it once it is published. */
export function createEvent(input: EventInput): Promise<StaffEvent> {
  return api<StaffEvent>('/api/admin/events', { method: 'POST', body: input });
}

export function useCreateEvent() {
  return useEventAction(createEvent);
}
