import { useMutation } from '@tanstack/react-query';
import { api } from '@lx/ui/api-client';

export type CertificateMail = { id: string; to: string };

/** 发送邮箱: the certificate is queued to `to` (202 with the address it goes to). */
export function sendCertificateMail({ id, to }: CertificateMail): Promise<{ to: string }> {
  return api<{ to: string }>(`/api/certificates/${encodeURIComponent(id)}/mail`, {
    method: 'POST',
    body: { to },
  });
}

export function useSendCertificateMail() {
  return useMutation({ mutationFn: sendCertificateMail });
}
