import { useMutation } from '@tanstack/react-query';
import type { PasswordResetRequestInput } from '@lx/shared/auth-schemas';
import { api } from '@lx/ui/api-client';

export type PasswordResetAnswer = { message: string };

/** Asks for a reset code; the API sends it by SMS to the account's registered mobile number. */
export function requestPasswordReset(
  input: PasswordResetRequestInput,
): Promise<PasswordResetAnswer> {
  return api<PasswordResetAnswer>('/api/auth/password-reset/request', {
    method: 'POST',
    body: input,
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
