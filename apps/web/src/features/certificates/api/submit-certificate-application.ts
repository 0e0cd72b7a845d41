import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CertificateApplication,
  CertificateApplicationInput,
} from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import { storeCertificateApplication } from './get-certificate';
import { invalidateCertificates, storeCertificateDraft } from './get-certificate-wizard';

/**
 * 确认信息无误，提交申请: 201 APPROVED at once for 自动审核 types, PENDING for 人工审核; 400 with
 * field errors, 403 for a type this applicant may not use, 409 for a state conflict.
 */
export function submitCertificateApplication(
  input: CertificateApplicationInput,
): Promise<CertificateApplication> {
  return api<CertificateApplication>('/api/certificates', { method: 'POST', body: input });
}

export function useSubmitCertificateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitCertificateApplication,
    onSuccess: (application) => {
      storeCertificateApplication(queryClient, application);
      // The server clears the draft with the submission: 再次申请 starts afresh.
      storeCertificateDraft(queryClient, null);
    },
    onSettled: () => void invalidateCertificates(queryClient),
  });
}
