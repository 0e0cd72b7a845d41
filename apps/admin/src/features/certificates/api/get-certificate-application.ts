import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';

export function getCertificateApplication(id: string): Promise<CertificateApplication> {
  return api<CertificateApplication>(`/api/admin/certificates/${encodeURIComponent(id)}`);
}

/** Without an id: the key of every application detail, for invalidation. */
export function getCertificateApplicationQueryOptions(id?: string) {
  return queryOptions({
    queryKey: id ? ['certificates', 'detail', id] : ['certificates', 'detail'],
    queryFn: () => getCertificateApplication(id ?? ''),
    enabled: Boolean(id),
  });
}

export function useCertificateApplication(id: string) {
  return useQuery(getCertificateApplicationQueryOptions(id));
}

/** The issued, signed certificate (下载证明). */
export function certificatePdfUrl(id: string): string {
  return `/api/admin/certificates/${encodeURIComponent(id)}/certificate.pdf`;
}
