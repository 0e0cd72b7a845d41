import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { memberSuspensionSchema } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { eventsQueryKey } from './get-event';

export type MemberSuspension = z.infer<typeof memberSuspensionSchema>;

/** The member's own suspension of online registration, if one runs now. */
export function getSuspension(): Promise<MemberSuspension> {
  return api<MemberSuspension>('/api/events/suspension');
}

export function getSuspensionQueryOptions() {
  return queryOptions({
    queryKey: [...eventsQueryKey, 'suspension'] as const,
    queryFn: getSuspension,
  });
}

export function useSuspension() {
  return useQuery(getSuspensionQueryOptions());
}
