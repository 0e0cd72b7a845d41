import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';

import type { HelpContacts } from '@lx/shared/roster-schemas';

export type { HelpContacts };

export function getHelpContacts(): Promise<HelpContacts> {
  return api<HelpContacts>('/api/help/contacts');
}

export function getHelpContactsQueryOptions() {
  return queryOptions({
    queryKey: ['help', 'contacts'] as const,
    queryFn: getHelpContacts,
    staleTime: 10 * 60_000,
  });
}

export function useHelpContacts() {
  return useQuery(getHelpContactsQueryOptions());
}
