import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MemberRegistration } from '@lx/shared/event-schemas';
import type { RegistrationAction } from '@lx/shared/event-workflow';
import { api } from '@lx/ui/api-client';
import { invalidateEvents, storeRegistration } from './get-event';

/** The registration actions a member takes: 取消报名, and 确认报名 / 放弃名额 of an offer. */
export type MemberRegistrationAction = Extract<RegistrationAction, 'cancel' | 'accept' | 'decline'>;

export function changeRegistration(
  id: string,
  action: MemberRegistrationAction,
): Promise<MemberRegistration> {
  return api<MemberRegistration>(`/api/event-registrations/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body: {},
  });
}

export function useChangeRegistration(action: MemberRegistrationAction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => changeRegistration(id, action),
    onSuccess: (registration) => storeRegistration(queryClient, registration),
    // Also after a refusal (409): the registration or its window has moved on.
    onSettled: () => invalidateEvents(queryClient),
  });
}
