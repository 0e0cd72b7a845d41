import type { CertificateApplication, paperProgressSchema } from '@lx/shared/certificate-schemas';
import { api } from '@lx/ui/api-client';
import type { z } from 'zod';
import { useApplicationMutation } from './use-application-mutation';

export type PaperProgress = z.output<typeof paperProgressSchema>;

/** Where the paper copies are: 待领取 / 已领取 when collected, 已寄出 with the tracking number. */
export function recordPaperProgress({
  id,
  ...progress
}: PaperProgress & { id: string }): Promise<CertificateApplication> {
  return api<CertificateApplication>(`/api/admin/certificates/${encodeURIComponent(id)}/paper`, {
    method: 'PUT',
    body: progress,
  });
}

export function useRecordPaperProgress() {
  return useApplicationMutation(recordPaperProgress);
}
