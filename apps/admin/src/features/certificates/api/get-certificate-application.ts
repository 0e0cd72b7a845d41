import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import { FRESH_RECORD } from '@lx/ui/record-freshness';

export function getCertificateApplication(id: string): Promise<CertificateApplication> {
  return api<CertificateApplication>(`/api/admin/certificates/${encodeURIComponent(id)}`);
}

/** Without an id: the key of every application detail, for invalidation. */
export function getCertificateApplicationQueryOptions(id?: string) {
  return queryOptions({
    queryKey: id ? ['certificates', 'detail', id] : ['certificates', 'detail'],
    queryFn: () => getCertificateApplication(id ?? ''),
    enabled: Boolean(id),
    // Read again on opening the page and on returning to the window (a reviewer's decision
    // must rest on what the member has now, not on what was read a minute ago).
    ...FRESH_RECORD,
  });
}

export function useCertificateApplication(id: string) {
  return useQuery(getCertificateApplicationQueryOptions(id));
}

/** The issued, signed certificate (下载证明). */
export function certificatePdfUrl(id: string): string {
  return `/api/admin/certificates/${encodeURIComponent(id)}/certificate.pdf`;
}
