import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountSettingsInput, CurrentAccount } from '@lx/shared/account-schemas';
import { api } from '@lx/ui/api-client';
import { getCurrentAccountQueryOptions } from '@lx/ui/current-account';

export function updateAccountSettings(input: AccountSettingsInput): Promise<CurrentAccount> {
  return api<CurrentAccount>('/api/account/settings', { method: 'PUT', body: input });
}

export function useUpdateAccountSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccountSettings,
    onSuccess: (account) => {
      queryClient.setQueryData(getCurrentAccountQueryOptions().queryKey, account);
    },
  });
}
