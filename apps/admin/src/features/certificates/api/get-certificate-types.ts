import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CertificateType } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';

/** Every type, active or not. */
export function getCertificateTypes(): Promise<CertificateType[]> {
  return api<CertificateType[]>('/api/admin/certificate-types');
}

export function getCertificateTypesQueryOptions() {
  return queryOptions({ queryKey: ['certificate-types'], queryFn: getCertificateTypes });
}

export function useCertificateTypes() {
  return useQuery(getCertificateTypesQueryOptions());
}
