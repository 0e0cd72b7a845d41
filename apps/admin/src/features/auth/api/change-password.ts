import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CurrentAccount } from '@lx/shared/account-schemas';
import type { ChangePasswordInput } from '@lx/shared/auth-schemas';
import { api } from '@lx/ui/api-client';
import { getCurrentAccountQueryOptions } from '@lx/ui/current-account';

export function changePassword(input: ChangePasswordInput): Promise<CurrentAccount> {
  return api<CurrentAccount>('/api/auth/change-password', { method: 'POST', body: input });
}

/** Changes the password; the answer is the account, now without `mustChangePassword`. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (account) => {
      queryClient.setQueryData(getCurrentAccountQueryOptions().queryKey, account);
    },
  });
}
