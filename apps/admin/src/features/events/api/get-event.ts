import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffEvent } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { eventKeys } from './event-keys';

export function eventPath(id: string): string {
  return `/api/admin/events/${encodeURIComponent(id)}`;
}

export function getEvent(id: string): Promise<StaffEvent> {
  return api<StaffEvent>(eventPath(id));
}

/** Without an id: the key of every event detail, for invalidation. */
export function getEventQueryOptions(id?: string) {
  return queryOptions({
    queryKey: id ? [...eventKeys.details, id] : eventKeys.details,
    queryFn: () => getEvent(id ?? ''),
    enabled: Boolean(id),
  });
}

export function useEvent(id: string) {
  return useQuery(getEventQueryOptions(id));
}

/** A file a member attached to a registration or a leave request (opened in a new tab). */
export function eventAttachmentUrl(attachmentId: string): string {
  return `/api/admin/event-attachments/${encodeURIComponent(attachmentId)}`;
}
