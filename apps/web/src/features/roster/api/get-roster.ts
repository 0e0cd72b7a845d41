import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Roster } from '@lx/shared/roster-schemas';
import { api } from '@lx/ui/api-client';

export const rosterQueryKey = ['roster'] as const;

export function getRoster(): Promise<Roster> {
  return api<Roster>('/api/organisation/lawyers');
}

export function getRosterQueryOptions() {
  return queryOptions({ queryKey: rosterQueryKey, queryFn: getRoster });
}

export function useRoster() {
  return useQuery(getRosterQueryOptions());
}

export function storeRoster(queryClient: QueryClient, roster: Roster): void {
  queryClient.setQueryData(rosterQueryKey, roster);
}
