import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Home } from '@lx/shared/home-schemas';
import { api } from '@lx/ui/api-client';

export function getHome(): Promise<Home> {
  return api<Home>('/api/home');
}

export function getHomeQueryOptions() {
  return queryOptions({ queryKey: ['home'], queryFn: getHome });
}

export function useHome() {
  return useQuery(getHomeQueryOptions());
}
