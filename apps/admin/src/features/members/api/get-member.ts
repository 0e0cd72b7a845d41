import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MemberDetail } from '@lx/shared/member-schemas';
import { api } from '@lx/ui/api-client';
import { memberKeys } from './member-keys';

export function memberPath(lawyerId: string): string {
  return `/api/admin/members/${encodeURIComponent(lawyerId)}`;
}

export function getMember(lawyerId: string): Promise<MemberDetail> {
  return api<MemberDetail>(memberPath(lawyerId));
}

export function getMemberQueryOptions(lawyerId: string) {
  return queryOptions({
    queryKey: [...memberKeys.details, lawyerId],
    queryFn: () => getMember(lawyerId),
  });
}

export function useMember(lawyerId: string) {
  return useQuery(getMemberQueryOptions(lawyerId));
}
