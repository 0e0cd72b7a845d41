import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CertificateDraft } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import type { ApplicationDraft } from '../components/application-draft';
import { storeCertificateDraft } from './get-certificate-wizard';

export type CertificateDraftSave = {
  /** The step the applicant moves on to, where coming back resumes (2–4). */
  step: number;
  input: ApplicationDraft;
};

/** Every "下一步" keeps the wizard's place and input on the server. */
export function saveCertificateDraft(save: CertificateDraftSave): Promise<CertificateDraft> {
  return api<CertificateDraft>('/api/certificates/draft', { method: 'PUT', body: save });
}

export function useSaveCertificateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCertificateDraft,
    onSuccess: (draft) => storeCertificateDraft(queryClient, draft),
  });
}
