import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CertificateApplication } from '@lx/shared/certificate-schemas';
import { isConflict } from '@/lib/is-conflict';
import { getCertificateApplicationQueryOptions } from './get-certificate-application';
import { getCertificateQueueQueryOptions } from './get-certificate-queue';

/**
 * A decision on one application (通过, 驳回, 撤销, 纸质证明): the page shows the answer at once; after
 * a 409 it reloads the application to show what another reviewer or the applicant did meanwhile.
 */
export function useApplicationMutation<V extends { id: string }>(
  mutationFn: (variables: V) => Promise<CertificateApplication>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (application) =>
      queryClient.setQueryData(
        getCertificateApplicationQueryOptions(application.id).queryKey,
        application,
      ),
    onError: (error, { id }) =>
      isConflict(error)
        ? queryClient.invalidateQueries({
            queryKey: getCertificateApplicationQueryOptions(id).queryKey,
          })
        : undefined,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: getCertificateQueueQueryOptions().queryKey }),
  });
}
