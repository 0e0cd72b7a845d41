import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Home } from '@lx/shared/home-schemas';
import { api } from '@lx/ui/api-client';

export function getHome(): Promise<Home> {
  return api<Home>('/api/home');
}

export function getHomeQueryOptions() {
  // A dashboard of counts other pages change (unread messages, open items): fresh on every visit.
  return queryOptions({ queryKey: ['home'] as const, queryFn: getHome, staleTime: 0 });
}

export function useHome() {
  return useQuery(getHomeQueryOptions());
}
