import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import { certificatesQueryKey } from './get-certificate-wizard';

export function getCertificate(id: string): Promise<CertificateApplication> {
  return api<CertificateApplication>(`/api/certificates/${encodeURIComponent(id)}`);
}

export function getCertificateQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...certificatesQueryKey, 'detail', id] as const,
    queryFn: () => getCertificate(id),
    // Staff review applications meanwhile; the page always starts from the latest state.
    staleTime: 0,
  });
}

export function useCertificate(id: string) {
  return useQuery(getCertificateQueryOptions(id));
}

export function storeCertificateApplication(
  queryClient: QueryClient,
  application: CertificateApplication,
): void {
  queryClient.setQueryData(getCertificateQueryOptions(application.id).queryKey, application);
}

/** 下载证明: the issued, signed PDF. */
export function certificatePdfUrl(id: string): string {
  return `/api/certificates/${encodeURIComponent(id)}/certificate.pdf`;
}
