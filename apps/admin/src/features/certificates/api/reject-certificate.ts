import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import { useApplicationMutation } from './use-application-mutation';

/** 驳回 with the reason the applicant reads; 409 when someone decided first or it was withdrawn. */
export function rejectCertificate({
  id,
  version,
  reason,
}: {
  id: string;
  version: number;
  reason: string;
}): Promise<CertificateApplication> {
  return api<CertificateApplication>(`/api/admin/certificates/${encodeURIComponent(id)}/reject`, {
    method: 'POST',
    body: { version, reason },
  });
}

export function useRejectCertificate() {
  return useApplicationMutation(rejectCertificate);
}
