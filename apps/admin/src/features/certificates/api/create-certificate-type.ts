import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CertificateType, CertificateTypeInput } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import { getCertificateTypesQueryOptions } from './get-certificate-types';

export function createCertificateType(input: CertificateTypeInput): Promise<CertificateType> {
  return api<CertificateType>('/api/admin/certificate-types', { method: 'POST', body: input });
}

export function useCreateCertificateType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCertificateType,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: getCertificateTypesQueryOptions().queryKey }),
  });
}
