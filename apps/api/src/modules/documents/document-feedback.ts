import { randomUUID } from 'node:crypto';
import type { Feedback, FeedbackInput } from '@lx/shared/document-schemas';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/domain-error.ts';
import type { FormFile } from '../../lib/read-form.ts';
import type { Storage } from '../../lib/storage.ts';
import { storeDocumentFiles } from './document-uploads.ts';
import { notifyAudience } from '../notifications/notify-audience.ts';
import { resultNotices } from '../notifications/result-notices.ts';
import { recipientOf, toFeedback } from './document-records.ts';

/** 反馈情况: the whole thread, oldest first (recipients and staff see the same). */
export async function listFeedback(prisma: PrismaClient, documentId: string): Promise<Feedback[]> {
  const rows = await prisma.documentFeedback.findMany({
    where: { documentId },
    include: { attachments: { orderBy: { createdAt: 'asc' } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toFeedback);
}

/** The thread for staff: any document but a missing one (404), without reading the rest of it. */
export async function listStaffFeedback(
  prisma: PrismaClient,
  documentId: string,
): Promise<Feedback[]> {
  const found = await prisma.officialDocument.findUnique({
    where: { id: documentId },
    select: { id: true },
  });
  if (!found) throw notFound('公文');
  return listFeedback(prisma, documentId);
}

export async function listMemberFeedback(
  prisma: PrismaClient,
  accountId: string,
  documentId: string,
): Promise<Feedback[]> {
  await recipientOf(prisma, accountId, documentId);
  return listFeedback(prisma, documentId);
}

/**
 * Tells the document's followers, except the author, of new feedback: in-app and by SMS through
 * the outbox, in set-based statements however many follow it.
 */
async function notifyFollowers(
  tx: Prisma.TransactionClient,
  document: { id: string; title: string },
  authorId: string | null,
) {
  await notifyAudience(
    tx,
    Prisma.sql`
      SELECT r."accountId", a.mobile
      FROM "DocumentRecipient" r JOIN "Account" a ON a.id = r."accountId"
      WHERE r."documentId" = ${document.id}::uuid AND r.following
        AND r."accountId" IS DISTINCT FROM ${authorId}::uuid`,
    resultNotices.documentFeedback({ document: document.title, link: `/documents/${document.id}` }),
  );
}

/**
 * 反馈 by a recipient, or a reply by staff (`fromStaff`): text and at most one file. Only while
 * the document is published: a withdrawn one takes no more (409), decided under a share lock on
 * the document so that a withdrawal at the same moment is either before or after.
 */
export async function postFeedback(options: {
  prisma: PrismaClient;
  storage: Storage;
  documentId: string;
  input: FeedbackInput;
  files: FormFile[];
  actor: Actor;
  /** A recipient's account; null for staff, who need no recipient row. */
  recipientId: string | null;
}): Promise<Feedback> {
  const { prisma, storage, documentId, input, files, actor, recipientId } = options;
  if (recipientId) await recipientOf(prisma, recipientId, documentId);
  const id = randomUUID();
  const { stored, discard } = await storeDocumentFiles(storage, documentId, files, id);
  try {
    await prisma.$transaction(async (tx) => {
      const [document] = await tx.$queryRaw<{ id: string; title: string; state: string }[]>`
        SELECT id, title, state::text AS state FROM "OfficialDocument"
        WHERE id = ${documentId}::uuid FOR SHARE`;
      if (!document || document.state === 'DRAFT') throw notFound('公文');
      if (document.state !== 'PUBLISHED') throw conflict('公文已撤回，不再接收反馈');
      await tx.documentFeedback.create({
        data: {
          id,
          documentId,
          authorId: actor.accountId,
          authorName: actor.name,
          fromStaff: recipientId === null,
          body: input.body,
        },
      });
      if (stored.length > 0) await tx.documentAttachment.createMany({ data: stored });
      await recordAudit(tx, actor, {
        action: recipientId === null ? 'document.feedback.replied' : 'document.feedback.posted',
        entityType: 'OfficialDocument',
        entityId: documentId,
        after: { feedbackId: id, attachments: stored.length },
      });
      await notifyFollowers(tx, document, actor.accountId);
    });
  } catch (error) {
    await discard();
    throw error;
  }
  const row = await prisma.documentFeedback.findUniqueOrThrow({
    where: { id },
    include: { attachments: true },
  });
  return toFeedback(row);
}
