import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CertificateSummary } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import type { Page } from '@lx/shared/pagination';
import { certificatesQueryKey } from './get-certificate-wizard';

export type CertificatesQuery = { page: number; pageSize: number };

/** 我的证明: my applications, newest first. */
export function getCertificates(query: CertificatesQuery): Promise<Page<CertificateSummary>> {
  return api<Page<CertificateSummary>>('/api/certificates', { query });
}

export function getCertificatesQueryOptions(query: CertificatesQuery) {
  return queryOptions({
    queryKey: [...certificatesQueryKey, 'list', query] as const,
    queryFn: () => getCertificates(query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useCertificates(query: CertificatesQuery) {
  return useQuery(getCertificatesQueryOptions(query));
}
