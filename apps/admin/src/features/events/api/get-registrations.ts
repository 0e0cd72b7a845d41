import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RegistrationListQuery, RegistrationPage } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { eventKeys } from './event-keys';
import { eventPath } from './get-event';

export function getRegistrations(
  eventId: string,
  query: RegistrationListQuery,
): Promise<RegistrationPage> {
  return api<RegistrationPage>(`${eventPath(eventId)}/registrations`, { query });
}

export function getRegistrationsQueryOptions(eventId: string, query: RegistrationListQuery) {
  return queryOptions({
    queryKey: [...eventKeys.registrations, eventId, query],
    queryFn: () => getRegistrations(eventId, query),
    placeholderData: keepPreviousData,
  });
}

export function useRegistrations(eventId: string, query: RegistrationListQuery) {
  return useQuery(getRegistrationsQueryOptions(eventId, query));
}

/** The registration list as an Excel file, with the filters the list shows (state, search). */
export function registrationsExportUrl(
  eventId: string,
  filters: Pick<RegistrationListQuery, 'state' | 'q'>,
): string {
  const params = new URLSearchParams();
  if (filters.state) params.set('state', filters.state);
  if (filters.q) params.set('q', filters.q);
  const qs = params.toString();
  return `${eventPath(eventId)}/registrations.xlsx${qs ? `?${qs}` : ''}`;
}
