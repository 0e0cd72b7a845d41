import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ERROR_CODES } from '@lx/shared/errors';
import { ApiRequestError } from './api-client.tsx';
import { currentAccountQueryKey } from './current-account.tsx';

function meansSessionChanged(error: unknown): boolean {
  if (!(error instanceof ApiRequestError)) return false;
  return error.status === 401 || error.code === ERROR_CODES.PASSWORD_CHANGE_REQUIRED;
}

/**
 * When any request finds the session gone (expired, ended by a password change elsewhere) or a
 * password change required, reload the current account: the guard then sends the user to the
 * login or change-password page. Other errors stay with the page that made the request.
 */
export function useSessionWatch(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const recheck = () => void queryClient.invalidateQueries({ queryKey: currentAccountQueryKey });
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      if (event.query.queryKey[0] === currentAccountQueryKey[0]) return;
      if (meansSessionChanged(event.action.error)) recheck();
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      if (meansSessionChanged(event.action.error)) recheck();
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient]);
}
