import type {
  CirculationGroupSummary,
  CirculationTarget as TargetInput,
  DocumentAttachment,
  Feedback,
  MemberDocument,
  StaffDocument,
} from '@lx/shared/document-schemas';
import type {
  CirculationTarget,
  DocumentAttachment as AttachmentRow,
  DocumentFeedback,
  OfficialDocument,
  Prisma,
  PrismaClient,
} from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';

export type Db = PrismaClient | Prisma.TransactionClient;

const iso = (value: Date | null) => (value ? value.toISOString() : null);
/** A @db.Date column read back as the calendar day it stores (UTC midnight). */
export const day = (value: Date) => value.toISOString().slice(0, 10);
export const dayOrNull = (value: Date | null) => (value ? day(value) : null);
/** A calendar day (yyyy-MM-dd) for a @db.Date column. */
export const toDay = (value: string) => new Date(`${value}T00:00:00.000Z`);

export const toAttachment = (row: AttachmentRow): DocumentAttachment => ({
  id: row.id,
  filename: row.filename,
  contentType: row.contentType,
  size: row.size,
});

export const toFeedback = (row: DocumentFeedback & { attachments: AttachmentRow[] }): Feedback => ({
  id: row.id,
  authorName: row.authorName,
  fromStaff: row.fromStaff,
  body: row.body,
  createdAt: row.createdAt.toISOString(),
  attachments: row.attachments.map(toAttachment),
});

/** The target as the compose form sends it back (for editing a draft). */
export function toTargetInput(row: CirculationTarget): TargetInput {
  switch (row.kind) {
    case 'PRACTICE_CATEGORY':
      return { kind: row.kind, category: row.category! };
    case 'ORGANISATION':
      return { kind: row.kind, organisationId: row.organisationId! };
    case 'GROUP':
      return { kind: row.kind, groupId: row.groupId! };
    case 'MEMBER':
      return { kind: row.kind, accountId: row.accountId! };
    default:
      return { kind: row.kind };
  }
}

/**
 * 传阅情况 by target: how many each target reached first and how many of those have read it,
 * from one GROUP BY over the recipients (the index on documentId, targetId, readAt).
 */
export async function circulationOf(db: Db, documentId: string, targets: CirculationTarget[]) {
  const counts = await db.documentRecipient.groupBy({
    by: ['targetId'],
    where: { documentId },
    _count: { _all: true, readAt: true },
  });
  const byTarget = new Map(counts.map((c) => [c.targetId, c._count]));
  const circulation: CirculationGroupSummary[] = [...targets]
    .sort((a, b) => a.position - b.position)
    .map((t) => ({
      id: t.id,
      kind: t.kind,
      label: t.label,
      category: t.category,
      organisationId: t.organisationId,
      groupId: t.groupId,
      accountId: t.accountId,
      recipientCount: byTarget.get(t.id)?._all ?? 0,
      readCount: byTarget.get(t.id)?.readAt ?? 0,
    }));
  return {
    circulation,
    recipientCount: circulation.reduce((n, t) => n + t.recipientCount, 0),
    readCount: circulation.reduce((n, t) => n + t.readCount, 0),
  };
}

export const DOCUMENT_INCLUDE = {
  targets: true,
  attachments: { where: { feedbackId: null }, orderBy: { createdAt: 'asc' } },
  _count: { select: { feedback: true } },
} as const satisfies Prisma.OfficialDocumentInclude;

type DocumentRow = OfficialDocument & {
  targets: CirculationTarget[];
  attachments: AttachmentRow[];
  _count: { feedback: number };
};

async function documentView(db: Db, row: DocumentRow) {
  return {
    id: row.id,
    number: row.number,
    issuer: row.issuer,
    issuedOn: day(row.issuedOn),
    receivedOn: day(row.receivedOn),
    secrecy: row.secrecy,
    title: row.title,
    state: row.state,
    publishedAt: iso(row.publishedAt),
    subjectWords: row.subjectWords,
    body: row.body,
    readBy: dayOrNull(row.readBy),
    withdrawReason: row.withdrawReason,
    withdrawnAt: iso(row.withdrawnAt),
    attachments: row.attachments.map(toAttachment),
    ...(await circulationOf(db, row.id, row.targets)),
  };
}

export async function getStaffDocument(db: Db, documentId: string): Promise<StaffDocument> {
  const row = await db.officialDocument.findUnique({
    where: { id: documentId },
    include: DOCUMENT_INCLUDE,
  });
  if (!row) throw notFound('公文');
  return {
    ...(await documentView(db, row)),
    version: row.version,
    feedbackCount: row._count.feedback,
    targets: [...row.targets].sort((a, b) => a.position - b.position).map(toTargetInput),
  };
}

/**
 * The recipient row of this account for this document, or 404: everyone who is not a recipient
 * (drafts have none) finds nothing, whatever id they guess.
 */
export async function recipientOf(db: Db, accountId: string, documentId: string) {
  const recipient = await db.documentRecipient.findUnique({
    where: { documentId_accountId: { documentId, accountId } },
  });
  if (!recipient) throw notFound('公文');
  return recipient;
}

export async function getMemberDocument(
  db: Db,
  accountId: string,
  documentId: string,
): Promise<MemberDocument> {
  const recipient = await recipientOf(db, accountId, documentId);
  const row = await db.officialDocument.findUniqueOrThrow({
    where: { id: documentId },
    include: DOCUMENT_INCLUDE,
  });
  return {
    ...(await documentView(db, row)),
    readAt: iso(recipient.readAt),
    following: recipient.following,
    canFeedback: row.state === 'PUBLISHED',
  };
}
