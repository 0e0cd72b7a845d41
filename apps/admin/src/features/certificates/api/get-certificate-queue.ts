import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CertificateQueue, CertificateQueueQuery } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';

export function getCertificateQueue(query: CertificateQueueQuery): Promise<CertificateQueue> {
  return api<CertificateQueue>('/api/admin/certificates', { query });
}

/** Without a query: the key of every queue list, for invalidation after a decision. */
export function getCertificateQueueQueryOptions(query?: CertificateQueueQuery) {
  return queryOptions({
    queryKey: query ? ['certificates', 'queue', query] : ['certificates', 'queue'],
    queryFn: () => getCertificateQueue(query ?? { page: 1, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useCertificateQueue(query: CertificateQueueQuery) {
  return useQuery(getCertificateQueueQueryOptions(query));
}
