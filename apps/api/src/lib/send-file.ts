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

/** RFC 5987 `filename*=` value: UTF-8, percent-encoded, with the characters it reserves too. */
function encodedFilename(filename: string) {
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `UTF-8''${encoded}`;
}

/**
 * A member's file, always as a download: the platform never renders what someone uploaded in its
 * own origin (a PDF viewer would run its scripts, a browser might sniff HTML), whatever the type.
 */
export function sendUpload(
  reply: FastifyReply,
  file: { filename: string; contentType: string },
  bytes: Uint8Array,
) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename*=${encodedFilename(file.filename)}`)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(bytes));
}

/** A spreadsheet made for the staff member who asked (an export), as a download; never cached. */
export function sendSpreadsheet(reply: FastifyReply, bytes: Uint8Array, filename: string) {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="export.xlsx"; filename*=${encodedFilename(filename)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(bytes));
}
