import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MemberPage, MemberSearchQuery } from '@lx/shared/member-schemas';
import { api } from '@lx/ui/api-client';
import { memberKeys } from './member-keys';

export function getMembers(query: MemberSearchQuery): Promise<MemberPage> {
  return api<MemberPage>('/api/admin/members', { query });
}

export function getMembersQueryOptions(query: MemberSearchQuery) {
  return queryOptions({
    queryKey: [...memberKeys.lists, query],
    queryFn: () => getMembers(query),
    placeholderData: keepPreviousData,
  });
}

export function useMembers(query: MemberSearchQuery) {
  return useQuery(getMembersQueryOptions(query));
}
