import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from './api-client.tsx';

export function logout(): Promise<void> {
  return api<void>('/api/auth/logout', { method: 'POST' });
}

/**
 * Ends the session. Whatever the API answers, the cached data of this account is dropped and the
 * user lands on the login page: a failed logout must not leave someone's data on screen.
 * `loginHref` is the app's own login path (each SPA has its own router and paths).
 */
export function useLogout({ loginHref }: { loginHref: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      await queryClient.cancelQueries();
      // Leave the guarded pages first, so nothing refetches this account's data after the clear.
      await navigate(loginHref, { replace: true });
      queryClient.clear();
    },
  });
}
