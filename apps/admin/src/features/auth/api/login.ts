import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import type { LoginInput } from '@lx/shared/auth-schemas';
import { api } from '@lx/ui/api-client';
import { getCurrentAccountQueryOptions } from '@lx/ui/current-account';

/** Signs in at the admin portal: the API refuses member accounts here (403). */
export function login(input: LoginInput): Promise<CurrentAccount> {
  return api<CurrentAccount>('/api/auth/login', {
    method: 'POST',
    body: { ...input, portal: 'admin' },
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (account) => {
      // Nothing cached for a previous account may show for this one.
      queryClient.clear();
      queryClient.setQueryData(getCurrentAccountQueryOptions().queryKey, account);
    },
  });
}
