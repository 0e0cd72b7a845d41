import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProfileDetail } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { FRESH_RECORD } from '@lx/ui/record-freshness';

export function getProfileDetail(id: string): Promise<ProfileDetail> {
  return api<ProfileDetail>(`/api/admin/profiles/${encodeURIComponent(id)}`);
}

/** Without an id: the key of every profile detail, for invalidation. */
export function getProfileDetailQueryOptions(id?: string) {
  return queryOptions({
    queryKey: id ? ['admin-profile', id] : ['admin-profile'],
    queryFn: () => getProfileDetail(id ?? ''),
    enabled: Boolean(id),
    // Read again on opening the page and on returning to the window (a reviewer's decision
    // must rest on what the member has now, not on what was read a minute ago).
    ...FRESH_RECORD,
  });
}

export function useProfileDetail(id: string) {
  return useQuery(getProfileDetailQueryOptions(id));
}

/** Where the photo, the registration form and the actions of a profile live. */
export function profileFileUrl(id: string, file: 'photo' | 'registration-form.pdf'): string {
  return `/api/admin/profiles/${encodeURIComponent(id)}/${file}`;
}
