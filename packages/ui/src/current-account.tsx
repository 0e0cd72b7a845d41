import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { api, ApiRequestError } from './api-client.tsx';

/** The logged-in account, or null when there is no session (the API answers 401). */
export async function getCurrentAccount(): Promise<CurrentAccount | null> {
  try {
    return await api<CurrentAccount>('/api/auth/me');
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

export const currentAccountQueryKey = ['auth', 'me'] as const;

export function getCurrentAccountQueryOptions() {
  return queryOptions({
    queryKey: currentAccountQueryKey,
    queryFn: getCurrentAccount,
    staleTime: 60_000,
  });
}

export function useCurrentAccountQuery() {
  return useQuery(getCurrentAccountQueryOptions());
}

/**
 * The account inside the logged-in part of either app, where the guard has already loaded it.
 * Throws if used outside the guard, which is a programming error.
 */
export function useCurrentAccount(): CurrentAccount {
  const { data } = useCurrentAccountQuery();
  if (!data) throw new Error('useCurrentAccount 只能在登录后的页面中使用');
  return data;
}
