import type { PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import type { Storage } from '../../lib/storage.ts';

/** A file sent with a registration or a leave request, and its bytes (staff may open any). */
export async function readEventAttachment(prisma: PrismaClient, storage: Storage, id: string) {
  const file = await prisma.eventAttachment.findUnique({ where: { id } });
  const bytes = file ? await storage.get(file.key) : null;
  if (!file || !bytes) throw notFound('附件');
  return { file, bytes };
}
