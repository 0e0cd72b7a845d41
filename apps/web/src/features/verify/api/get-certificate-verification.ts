import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CertificateVerification } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';

/** A certificate's public status by its number: 404 "证明编号不存在", 429 when asked too often. */
export function getCertificateVerification(number: string): Promise<CertificateVerification> {
  return api<CertificateVerification>(`/api/public/certificates/${encodeURIComponent(number)}`);
}

export function getCertificateVerificationQueryOptions(number: string) {
  return queryOptions({
    queryKey: ['certificates', 'verification', number] as const,
    queryFn: () => getCertificateVerification(number),
    // A certificate may be revoked at any time: each lookup asks again.
    staleTime: 0,
  });
}

/** Looks the number up at once; null (no number, or a malformed one) asks nothing. */
export function useCertificateVerification(number: string | null) {
  return useQuery({
    ...getCertificateVerificationQueryOptions(number ?? ''),
    enabled: number !== null,
  });
}
