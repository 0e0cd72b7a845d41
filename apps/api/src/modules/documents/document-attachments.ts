import type { PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import type { Storage } from '../../lib/storage.ts';

/**
 * A file of a document or of its feedback, and its bytes: for staff with the role (`accountId`
 * null), or for a recipient of that document; anyone else finds nothing, whatever id they try.
 */
export async function readDocumentAttachment(
  prisma: PrismaClient,
  storage: Storage,
  attachmentId: string,
  accountId: string | null,
) {
  const file = await prisma.documentAttachment.findFirst({
    where: {
      id: attachmentId,
      ...(accountId
        ? { document: { state: { not: 'DRAFT' }, recipients: { some: { accountId } } } }
        : {}),
    },
  });
  const bytes = file ? await storage.get(file.key) : null;
  if (!file || !bytes) throw notFound('附件');
  return { file, bytes };
}
