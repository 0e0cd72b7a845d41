import type { App } from '../../lib/app-types.ts';
import { conflict } from '../../lib/domain-error.ts';
import { sendPdf } from '../../lib/send-file.ts';

/** The stored PDF of an issued certificate; refused until there is one. */
export async function sendCertificateFile(
  app: App,
  certificate: { fileKey: string; number: string } | null,
  reply: Parameters<typeof sendPdf>[0],
) {
  if (!certificate) throw conflict('证明审核通过后才能下载');
  const bytes = await app.storage.get(certificate.fileKey);
  if (!bytes) throw conflict('证明文件暂不可用，请联系协会');
  return sendPdf(reply, bytes, `${certificate.number}.pdf`);
}
