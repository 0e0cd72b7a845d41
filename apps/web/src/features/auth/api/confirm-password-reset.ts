import { useMutation } from '@tanstack/react-query';
import type { PasswordResetConfirmInput } from '@lx/shared/auth-schemas';
import { api } from '@lx/ui/api-client';
import type { PasswordResetAnswer } from './request-password-reset';

export function confirmPasswordReset(
  input: PasswordResetConfirmInput,
): Promise<PasswordResetAnswer> {
  return api<PasswordResetAnswer>('/api/auth/password-reset/confirm', {
    method: 'POST',
    body: input,
  });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
