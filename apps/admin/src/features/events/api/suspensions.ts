import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { suspensionListQuerySchema, suspensionPageSchema } from '@lx/shared/event-schemas';
import type { SuspensionRule } from '@lx/shared/event-rules';
import { api } from '@lx/ui/api-client';
import type { z } from 'zod';
import { eventKeys } from './event-keys';
import { useEventAction } from './use-event-action';

export type SuspensionListQuery = z.infer<typeof suspensionListQuerySchema>;
export type SuspensionPage = z.infer<typeof suspensionPageSchema>;

export function getSuspensions(query: SuspensionListQuery): Promise<SuspensionPage> {
  return api<SuspensionPage>('/api/admin/event-suspensions', { query });
}

export function getSuspensionsQueryOptions(query: SuspensionListQuery) {
  return queryOptions({
    queryKey: [...eventKeys.suspensions, query],
    queryFn: () => getSuspensions(query),
    placeholderData: keepPreviousData,
  });
}

export function useSuspensions(query: SuspensionListQuery) {
  return useQuery(getSuspensionsQueryOptions(query));
}

/** 解除暂停 with its reason: the lawyer may register online again at once. */
export function liftSuspension({ id, reason }: { id: string; reason: string }): Promise<unknown> {
  return api<unknown>(`/api/admin/event-suspensions/${encodeURIComponent(id)}/lift`, {
    method: 'POST',
    body: { reason },
  });
}

export function useLiftSuspension() {
  return useEventAction(liftSuspension);
}

const SETTINGS_PATH = '/api/admin/event-settings';

export function getEventSettings(): Promise<SuspensionRule> {
  return api<SuspensionRule>(SETTINGS_PATH);
}

export function useEventSettings() {
  return useQuery(queryOptions({ queryKey: eventKeys.settings, queryFn: getEventSettings }));
}

/** The no-show rule: N 缺席 within M months suspend online registration for K months. */
export function updateEventSettings(rule: SuspensionRule): Promise<SuspensionRule> {
  return api<SuspensionRule>(SETTINGS_PATH, { method: 'PUT', body: rule });
}

export function useUpdateEventSettings() {
  return useEventAction(updateEventSettings);
}
