import type { FastifyReply } from 'fastify';
import { notFound } from './domain-error.ts';
import type { Storage } from './storage.ts';

/** A stored ID photo; private but immutable (a new photo gets a new key). */
export async function sendPhoto(storage: Storage, key: string | null, reply: FastifyReply) {
  const bytes = key ? await storage.get(key) : null;
  if (!bytes) throw notFound('证件照片');
  return reply
    .header('content-type', 'image/jpeg')
    .header('cache-control', 'private, max-age=31536000, immutable')
    .send(bytes);
}

/** A PDF shown in the browser, named for download; personal data, so never cached. */
export function sendPdf(reply: FastifyReply, bytes: Uint8Array, filename: string) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(bytes));
}

/**
 * A file someone uploaded, always as a download: the platform never renders what a member sent
 * in its own origin (a PDF viewer would run its scripts, a browser might sniff HTML).
 */
export function sendUpload(
  reply: FastifyReply,
  file: { bytes: Buffer | Uint8Array; contentType: string; filename: string },
) {
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(file.bytes));
}
