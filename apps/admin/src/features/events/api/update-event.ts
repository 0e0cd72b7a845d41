import type { EventInput, EventUpdate, StaffEvent } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { eventPath } from './get-event';
import { useEventAction } from './use-event-action';

export type UpdateEventVariables = { id: string; version: number; event: EventInput };

/** Saves an edit of the version the editor loaded; 409 when someone else saved one since. */
export function updateEvent({ id, version, event }: UpdateEventVariables): Promise<StaffEvent> {
  const body: EventUpdate = { version, event };
  return api<StaffEvent>(eventPath(id), { method: 'PUT', body });
}

export function useUpdateEvent() {
  return useEventAction(updateEvent);
}
