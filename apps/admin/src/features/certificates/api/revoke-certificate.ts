import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import { useApplicationMutation } from './use-application-mutation';

/** 撤销证明: the certificate stays on record but its verification then reads 已撤销 with the reason. */
export function revokeCertificate({
  id,
  reason,
}: {
  id: string;
  reason: string;
}): Promise<CertificateApplication> {
  return api<CertificateApplication>(`/api/admin/certificates/${encodeURIComponent(id)}/revoke`, {
    method: 'POST',
    body: { reason },
  });
}

export function useRevokeCertificate() {
  return useApplicationMutation(revokeCertificate);
}
