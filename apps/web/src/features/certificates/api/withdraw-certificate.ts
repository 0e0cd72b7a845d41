import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import { storeCertificateApplication } from './get-certificate';
import { invalidateCertificates } from './get-certificate-wizard';

/** 撤回申请: only while it waits for review (409 once staff have decided). */
export function withdrawCertificate(id: string): Promise<CertificateApplication> {
  return api<CertificateApplication>(`/api/certificates/${encodeURIComponent(id)}/withdraw`, {
    method: 'POST',
    body: {},
  });
}

export function useWithdrawCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawCertificate,
    onSuccess: (application) => storeCertificateApplication(queryClient, application),
    // Also after a refusal: the application has moved on meanwhile.
    onSettled: () => invalidateCertificates(queryClient),
  });
}
