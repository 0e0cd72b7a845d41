import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import type { Roster } from '@lx/shared/roster-schemas';
import { api } from '@lx/ui/api-client';

// What the 报名表 starts from. The same endpoints and keys as the profile and roster pages, so
// their caches are shared; the fetches are repeated here because a feature imports no other.

/** A lawyer's own 基本信息: name, gender, workplace and contact details. */
export function getOwnBasicInfo(): Promise<BasicInfo> {
  return api<BasicInfo>('/api/profile/basic');
}

export function useOwnBasicInfo(enabled: boolean) {
  return useQuery({
    ...queryOptions({ queryKey: ['profile', 'basic'] as const, queryFn: getOwnBasicInfo }),
    enabled,
  });
}

/** A firm's or office's lawyers (律师列表), for 参加人员. */
export function getOwnRoster(): Promise<Roster> {
  return api<Roster>('/api/organisation/lawyers');
}

export function useOwnRoster(enabled: boolean) {
  return useQuery({
    ...queryOptions({ queryKey: ['roster'] as const, queryFn: getOwnRoster }),
    enabled,
  });
}
