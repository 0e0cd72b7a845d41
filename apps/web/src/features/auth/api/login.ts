import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentAccountSchema, type CurrentAccount } from '@lx/shared/account-schemas';
import type { LoginInput } from '@lx/shared/auth-schemas';
import { api } from '@lx/ui/api-client';
import { getCurrentAccountQueryOptions } from '@lx/ui/current-account';

export type MemberLoginInput = Pick<LoginInput, 'login' | 'password'>;

export function login(input: MemberLoginInput): Promise<unknown> {
  return api<unknown>('/api/auth/login', {
    method: 'POST',
    body: { login: input.login, password: input.password, portal: 'member' },
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (data) => {
      // Nothing cached for a previous account may survive a new login.
      queryClient.clear();
      const { queryKey } = getCurrentAccountQueryOptions();
      const account = currentAccountSchema.safeParse(data);
      if (account.success) {
        queryClient.setQueryData<CurrentAccount | null>(queryKey, account.data);
        return;
      }
      await queryClient.invalidateQueries({ queryKey });
    },
  });
}
