import { useMutation } from '@tanstack/react-query';
import type { FileVerification } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';

/**
 * Whether a PDF is, byte for byte, a certificate the association issued: 400 when it is not a PDF,
 * 413 when too large, 429 when asked too often.
 */
export function verifyCertificateFile(file: File): Promise<FileVerification> {
  const body = new FormData();
  body.append('file', file);
  return api<FileVerification>('/api/public/certificates/verify-file', { method: 'POST', body });
}

export function useVerifyCertificateFile() {
  return useMutation({ mutationFn: verifyCertificateFile });
}
