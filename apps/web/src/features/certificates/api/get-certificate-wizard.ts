import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { CertificateDraft, CertificateWizard } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';

/** Every query of the e-certificate pages is under this key; each change invalidates it. */
export const certificatesQueryKey = ['certificates'] as const;

/** Step 1's applicant, the types this applicant may apply for, the roster and the saved draft. */
export function getCertificateWizard(): Promise<CertificateWizard> {
  return api<CertificateWizard>('/api/certificates/wizard');
}

export function getCertificateWizardQueryOptions() {
  return queryOptions({
    queryKey: [...certificatesQueryKey, 'wizard'] as const,
    queryFn: getCertificateWizard,
    // The draft may have moved on in another tab; the wizard always starts from the latest.
    staleTime: 0,
  });
}

export function useCertificateWizard() {
  return useQuery({ ...getCertificateWizardQueryOptions(), refetchOnMount: 'always' });
}

/** After a save or a submission the cached wizard holds the draft as the server now has it. */
export function storeCertificateDraft(
  queryClient: QueryClient,
  draft: CertificateDraft | null,
): void {
  queryClient.setQueryData(getCertificateWizardQueryOptions().queryKey, (wizard) =>
    wizard ? { ...wizard, draft } : wizard,
  );
}

export function invalidateCertificates(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: certificatesQueryKey });
}
