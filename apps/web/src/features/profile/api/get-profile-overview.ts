import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProfileOverview } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';

export function getProfileOverview(): Promise<ProfileOverview> {
  return api<ProfileOverview>('/api/profile');
}

export function getProfileOverviewQueryOptions() {
  return queryOptions({
    queryKey: ['profile', 'overview'] as const,
    queryFn: getProfileOverview,
    // The sections' status changes on other pages; the dashboard always shows the latest.
    staleTime: 0,
  });
}

export function useProfileOverview() {
  return useQuery(getProfileOverviewQueryOptions());
}
