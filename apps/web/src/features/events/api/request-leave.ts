import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LeaveInput, MemberRegistration } from '@lx/shared/event-schemas';
import { api } from '@lx/ui/api-client';
import { multipartOf } from './event-form-data';
import { invalidateEvents, storeRegistration } from './get-event';

export type LeaveRequest = { registrationId: string; input: LeaveInput; files: File[] };

/** 请假: between registration close and two hours before the start; staff decide it. */
export function requestLeave({
  registrationId,
  input,
  files,
}: LeaveRequest): Promise<MemberRegistration> {
  return api<MemberRegistration>(
    `/api/event-registrations/${encodeURIComponent(registrationId)}/leave`,
    { method: 'POST', body: multipartOf(input, files) },
  );
}

export function useRequestLeave() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestLeave,
    onSuccess: (registration) => storeRegistration(queryClient, registration),
    onSettled: () => invalidateEvents(queryClient),
  });
}
