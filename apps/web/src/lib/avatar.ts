import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import { ApiRequestError } from '@lx/ui/api-client';

/**
 * The account's photo as an object URL, or null when it has none (the API answers 404). Fetched
 * as a blob rather than used as an <img src> so that a new upload shows at once, whatever the
 * browser has cached for the address.
 */
export async function getAvatar(): Promise<string | null> {
  const res = await fetch('/api/account/avatar', { credentials: 'same-origin', cache: 'no-cache' });
  if (res.status === 404) return null;
  if (!res.ok) {
    throw new ApiRequestError(res.status, { code: 'AVATAR', message: '头像加载失败' });
  }
  return URL.createObjectURL(await res.blob());
}

export const avatarQueryKey = ['account', 'avatar'] as const;

export function getAvatarQueryOptions(accountId: string) {
  return queryOptions({
    queryKey: [...avatarQueryKey, accountId] as const,
    queryFn: getAvatar,
    staleTime: Infinity,
  });
}

/** The photo's URL for an <img>, or undefined while loading or when the account has none. */
export function useAvatarUrl(account: CurrentAccount): string | undefined {
  const { data } = useQuery({ ...getAvatarQueryOptions(account.id), enabled: account.hasAvatar });
  return account.hasAvatar ? (data ?? undefined) : undefined;
}
