import { randomUUID } from 'node:crypto';
import { DOCUMENT_WORKFLOW } from '@lx/shared/document-workflow';
import type { DocumentInput, StaffDocument } from '@lx/shared/document-schemas';
import { canApply } from '@lx/shared/workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { conflict, DomainError, notFound } from '../../lib/domain-error.ts';
import type { FormFile } from '../../lib/read-form.ts';
import type { Storage } from '../../lib/storage.ts';
import { storeDocumentFiles } from './document-uploads.ts';
import { resolveRecipients, targetRows } from './document-circulation.ts';
import { getStaffDocument, toDay } from './document-records.ts';

const RULES = DOCUMENT_WORKFLOW.transitions;
const numberTaken = () =>
  new DomainError('VALIDATION', '公文编号已存在', { number: '公文编号已存在' });

const columns = (input: DocumentInput) => ({
  number: input.number,
  issuer: input.issuer,
  issuedOn: toDay(input.issuedOn),
  receivedOn: toDay(input.receivedOn),
  secrecy: input.secrecy,
  title: input.title,
  subjectWords: input.subjectWords ?? null,
  body: input.body,
  readBy: input.readBy ? toDay(input.readBy) : null,
});

/** 拟稿: a new draft with its 传阅对象. */
export async function createDocument(options: {
  prisma: PrismaClient;
  input: DocumentInput;
  actor: Actor;
}): Promise<StaffDocument> {
  const { prisma, input, actor } = options;
  const id = randomUUID();
  try {
    await prisma.$transaction(async (tx) => {
      await tx.officialDocument.create({
        data: { id, ...columns(input), createdById: actor.accountId },
      });
      await tx.circulationTarget.createMany({
        data: await targetRows(tx, id, input.circulation),
      });
      await recordAudit(tx, actor, {
        action: 'document.created',
        entityType: 'OfficialDocument',
        entityId: id,
        after: { number: input.number, title: input.title, circulation: input.circulation },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken();
    throw error;
  }
  return getStaffDocument(prisma, id);
}

/** A draft changes only from the version its editor saw, and only while it is a draft. */
async function claimDraft(
  tx: Prisma.TransactionClient,
  documentId: string,
  version: number | null,
  what: string,
) {
  const { count } = await tx.officialDocument.updateMany({
    where: {
      id: documentId,
      state: { in: [...RULES.edit.from] },
      ...(version === null ? {} : { version }),
    },
    data: { version: { increment: 1 } },
  });
  if (count === 1) return;
  const row = await tx.officialDocument.findUnique({
    where: { id: documentId },
    select: { state: true },
  });
  if (!row) throw notFound('公文');
  if (!canApply(DOCUMENT_WORKFLOW, 'edit', row.state))
    throw conflict(`公文${DOCUMENT_WORKFLOW.labels[row.state]}，不能${what}`);
  throw conflict('公文已被他人修改，请刷新后重试');
}

/** 编辑 a draft: its fields and its 传阅对象, replaced as a whole. */
export async function updateDocument(options: {
  prisma: PrismaClient;
  documentId: string;
  version: number;
  input: DocumentInput;
  actor: Actor;
}): Promise<StaffDocument> {
  const { prisma, documentId, version, input, actor } = options;
  try {
    await prisma.$transaction(async (tx) => {
      await claimDraft(tx, documentId, version, '编辑');
      await tx.officialDocument.update({ where: { id: documentId }, data: columns(input) });
      await tx.circulationTarget.deleteMany({ where: { documentId } });
      await tx.circulationTarget.createMany({
        data: await targetRows(tx, documentId, input.circulation),
      });
      await recordAudit(tx, actor, {
        action: 'document.updated',
        entityType: 'OfficialDocument',
        entityId: documentId,
        after: { number: input.number, title: input.title, circulation: input.circulation },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken();
    throw error;
  }
  return getStaffDocument(prisma, documentId);
}

/** 附件 of a draft: stored first, then named in one transaction (or removed again). */
export async function addDocumentAttachments(options: {
  prisma: PrismaClient;
  storage: Storage;
  documentId: string;
  files: FormFile[];
  actor: Actor;
}): Promise<StaffDocument> {
  const { prisma, storage, documentId, files, actor } = options;
  if (files.length === 0)
    throw new DomainError('VALIDATION', '请选择附件', { attachments: '请选择附件' });
  const { stored, discard } = await storeDocumentFiles(storage, documentId, files);
  try {
    await prisma.$transaction(async (tx) => {
      await claimDraft(tx, documentId, null, '添加附件');
      await tx.documentAttachment.createMany({ data: stored });
      await recordAudit(tx, actor, {
        action: 'document.attachments.added',
        entityType: 'OfficialDocument',
        entityId: documentId,
        after: { files: stored.map((s) => s.filename) },
      });
    });
  } catch (error) {
    await discard();
    throw error;
  }
  return getStaffDocument(prisma, documentId);
}

export async function removeDocumentAttachment(options: {
  prisma: PrismaClient;
  storage: Storage;
  documentId: string;
  attachmentId: string;
  actor: Actor;
}): Promise<StaffDocument> {
  const { prisma, storage, documentId, attachmentId, actor } = options;
  const removed = await prisma.$transaction(async (tx) => {
    const attachment = await tx.documentAttachment.findFirst({
      where: { id: attachmentId, documentId, feedbackId: null },
    });
    if (!attachment) throw notFound('附件');
    await claimDraft(tx, documentId, null, '删除附件');
    await tx.documentAttachment.delete({ where: { id: attachmentId } });
    await recordAudit(tx, actor, {
      action: 'document.attachment.removed',
      entityType: 'OfficialDocument',
      entityId: documentId,
      before: { file: attachment.filename },
    });
    return attachment;
  });
  await storage.delete(removed.key);
  return getStaffDocument(prisma, documentId);
}

/**
 * 发布: the draft becomes published and its 传阅对象 are resolved into recipients in the same
 * transaction (one statement, however many); nobody reached means nothing is published.
 */
export async function publishDocument(options: {
  prisma: PrismaClient;
  documentId: string;
  version: number;
  actor: Actor;
}): Promise<StaffDocument> {
  const { prisma, documentId, version, actor } = options;
  await prisma.$transaction(
    async (tx) => {
      const now = new Date();
      const { count } = await tx.officialDocument.updateMany({
        where: { id: documentId, state: { in: [...RULES.publish.from] }, version },
        data: { state: RULES.publish.to, publishedAt: now, version: { increment: 1 } },
      });
      if (count !== 1) {
        const row = await tx.officialDocument.findUnique({
          where: { id: documentId },
          select: { state: true },
        });
        if (!row) throw notFound('公文');
        if (!canApply(DOCUMENT_WORKFLOW, 'publish', row.state))
          throw conflict(`公文${DOCUMENT_WORKFLOW.labels[row.state]}，不能${RULES.publish.label}`);
        throw conflict('公文已被他人修改，请刷新后重试');
      }
      const recipients = await resolveRecipients(tx, documentId, now);
      if (recipients === 0) throw conflict('传阅对象中没有任何人员，不能发布');
      await tx.officialDocument.update({
        where: { id: documentId },
        data: { recipientCount: recipients },
      });
      await recordAudit(tx, actor, {
        action: 'document.published',
        entityType: 'OfficialDocument',
        entityId: documentId,
        after: { recipients },
      });
    },
    // 30,000 recipients are one statement of well under a second; room for a slow disk.
    { timeout: 30_000 },
  );
  return getStaffDocument(prisma, documentId);
}

/** 撤回: recipients keep it, marked 已撤回 with the reason; its read records stay. */
export async function withdrawDocument(options: {
  prisma: PrismaClient;
  documentId: string;
  reason: string;
  actor: Actor;
}): Promise<StaffDocument> {
  const { prisma, documentId, reason, actor } = options;
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.officialDocument.updateMany({
      where: { id: documentId, state: { in: [...RULES.withdraw.from] } },
      data: {
        state: RULES.withdraw.to,
        withdrawReason: reason,
        withdrawnAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count !== 1) {
      const row = await tx.officialDocument.findUnique({
        where: { id: documentId },
        select: { state: true },
      });
      if (!row) throw notFound('公文');
      throw conflict(`公文${DOCUMENT_WORKFLOW.labels[row.state]}，不能${RULES.withdraw.label}`);
    }
    await recordAudit(tx, actor, {
      action: 'document.withdrawn',
      entityType: 'OfficialDocument',
      entityId: documentId,
      after: { reason },
    });
  });
  return getStaffDocument(prisma, documentId);
}
