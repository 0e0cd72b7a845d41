import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CertificateType, CertificateTypeInput } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import { getCertificateTypesQueryOptions } from './get-certificate-types';

export type UpdateCertificateTypeVariables = {
  id: string;
  version: number;
  input: CertificateTypeInput;
};

/** Saves an edit of the version the editor started from; 409 when someone else saved it since. */
export function updateCertificateType({
  id,
  version,
  input,
}: UpdateCertificateTypeVariables): Promise<CertificateType> {
  return api<CertificateType>(`/api/admin/certificate-types/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: { ...input, version },
  });
}

export function useUpdateCertificateType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCertificateType,
    // Also after a conflict: the list then holds the other person's version.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: getCertificateTypesQueryOptions().queryKey }),
  });
}
