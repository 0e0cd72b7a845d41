import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ContactInfo, PersonalInfo, PracticeInfo } from '@lx/shared/profile-basic';
import type { BasicInfo } from '@lx/shared/profile-schemas';
import { api } from '@lx/ui/api-client';
import { basicInfoQueryKey } from './get-basic-info';

/** One "下一步" of the wizard: steps 3–5 save their form, steps 1–2 only record progress. */
export type BasicStepSave =
  | { kind: 'personal'; data: PersonalInfo }
  | { kind: 'practice'; data: PracticeInfo }
  | { kind: 'contact'; data: ContactInfo }
  | { kind: 'step'; step: number };

export function saveBasicStep(save: BasicStepSave): Promise<BasicInfo> {
  if (save.kind === 'step') {
    return api<BasicInfo>('/api/profile/basic/step', { method: 'PUT', body: { step: save.step } });
  }
  return api<BasicInfo>(`/api/profile/basic/${save.kind}`, { method: 'PUT', body: save.data });
}

export function confirmBasicInfo(): Promise<BasicInfo> {
  return api<BasicInfo>('/api/profile/basic/confirm', {
    method: 'POST',
    body: { verified: true },
  });
}

/**
 * The answer is the new BasicInfo: shown at once, and everything else under 'profile' (the
 * overview's section status, the confirmation) is refetched because a save changes it.
 */
export function storeBasicInfo(queryClient: QueryClient, info: BasicInfo): Promise<void> {
  queryClient.setQueryData(basicInfoQueryKey, info);
  return queryClient.invalidateQueries({ queryKey: ['profile'] });
}

export function useSaveBasicStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveBasicStep,
    onSuccess: (info) => storeBasicInfo(queryClient, info),
  });
}

export function useConfirmBasicInfo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmBasicInfo,
    onSuccess: (info) => storeBasicInfo(queryClient, info),
  });
}
