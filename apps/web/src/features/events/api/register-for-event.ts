import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MemberRegistration, RegistrationInput } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { multipartOf } from './event-form-data';
import { invalidateEvents, storeRegistration } from './get-event';

export type NewRegistration = { eventId: string; input: RegistrationInput; files: File[] };

/**
 * 提交报名申请: 已报名, or 候补中 when the event is full and keeps a waitlist. Refused with 409
 * (已报名, 每人限报, 名额已满), 403 (not in scope, suspended) or 400 with field errors.
 */
export function registerForEvent({
  eventId,
  input,
  files,
}: NewRegistration): Promise<MemberRegistration> {
  return api<MemberRegistration>(`/api/events/${encodeURIComponent(eventId)}/registrations`, {
    method: 'POST',
    body: multipartOf(input, files),
  });
}

export function useRegisterForEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerForEvent,
    onSuccess: (registration) => storeRegistration(queryClient, registration),
    // Also after a refusal: the places have moved on meanwhile.
    onSettled: () => invalidateEvents(queryClient),
  });
}
