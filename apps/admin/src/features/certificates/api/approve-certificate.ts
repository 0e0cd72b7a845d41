import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import { useApplicationMutation } from './use-application-mutation';

/** 审核通过: issues the certificate of the version the reviewer looked at; 409 when it moved on. */
export function approveCertificate({
  id,
  version,
}: {
  id: string;
  version: number;
}): Promise<CertificateApplication> {
  return api<CertificateApplication>(`/api/admin/certificates/${encodeURIComponent(id)}/approve`, {
    method: 'POST',
    body: { version },
  });
}

export function useApproveCertificate() {
  return useApplicationMutation(approveCertificate);
}
