import type {
  MemberDocument,
  MemberDocumentPage,
  MemberDocumentQuery,
  MemberDocumentSummary,
} from '@lx/shared/document-schemas';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql } from '../../db/direct-sql.ts';
import { notFound } from '../../lib/domain-error.ts';
import { day, getMemberDocument } from './document-records.ts';

type InboxRow = {
  id: string;
  number: string;
  issuer: string;
  issuedOn: Date;
  receivedOn: Date;
  secrecy: MemberDocumentSummary['secrecy'];
  title: string;
  state: MemberDocumentSummary['state'];
  publishedAt: Date | null;
  readAt: Date | null;
  following: boolean;
  total: number;
  unread: number;
};

/**
 * 我的公文: every document circulated to this account, newest first, with its first reading and
 * whether it is followed; searched by title, number or subject words, filtered read or unread.
 * One statement on the direct lane: the page, the filtered total and the account's unread count.
 */
export async function findMemberDocumentPage(
  prisma: PrismaClient,
  accountId: string,
  query: MemberDocumentQuery,
): Promise<MemberDocumentPage> {
  const unreadOnly = query.read === undefined ? null : query.read === 'unread';
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const offset = (query.page - 1) * query.pageSize;
  const rows = await directSql(prisma)<InboxRow>`
    SELECT d.id::text, d.number, d.issuer, d."issuedOn", d."receivedOn", d.secrecy::text,
      d.title, d.state::text, d."publishedAt", r."readAt", r.following,
      count(*) OVER ()::int AS total,
      (SELECT count(*)::int FROM "DocumentRecipient" u
        WHERE u."accountId" = ${accountId}::uuid AND u."readAt" IS NULL) AS unread
    FROM "DocumentRecipient" r JOIN "OfficialDocument" d ON d.id = r."documentId"
    WHERE r."accountId" = ${accountId}::uuid
      AND (${unreadOnly}::boolean IS NULL OR (r."readAt" IS NULL) = ${unreadOnly}::boolean)
      AND (${pattern}::text IS NULL OR d.title ILIKE ${pattern} OR d.number ILIKE ${pattern}
        OR d."subjectWords" ILIKE ${pattern})
    ORDER BY r."createdAt" DESC, r."documentId"
    LIMIT ${query.pageSize} OFFSET ${offset}`;
  const [first] = rows;
  // A page past the end has no row to carry the counts: ask for them alone.
  const counts = first
    ? { total: first.total, unread: first.unread }
    : await emptyPageCounts(prisma, accountId, query);
  return {
    items: rows.map((d) => ({
      id: d.id,
      number: d.number,
      issuer: d.issuer,
      issuedOn: day(d.issuedOn),
      receivedOn: day(d.receivedOn),
      secrecy: d.secrecy,
      title: d.title,
      state: d.state,
      publishedAt: d.publishedAt?.toISOString() ?? null,
      readAt: d.readAt?.toISOString() ?? null,
      following: d.following,
    })),
    ...counts,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function emptyPageCounts(
  prisma: PrismaClient,
  accountId: string,
  query: MemberDocumentQuery,
) {
  if (query.page === 1) {
    const unread = await prisma.documentRecipient.count({ where: { accountId, readAt: null } });
    return { total: 0, unread };
  }
  const firstPage = await findMemberDocumentPage(prisma, accountId, { ...query, page: 1 });
  return { total: firstPage.total, unread: firstPage.unread };
}

/**
 * 查看: the document for one of its recipients. Opening it records the first reading, once: a
 * conditional update, so two openings at the same moment keep the earlier time.
 */
export async function openMemberDocument(
  prisma: PrismaClient,
  accountId: string,
  documentId: string,
): Promise<MemberDocument> {
  await prisma.documentRecipient.updateMany({
    where: { documentId, accountId, readAt: null },
    data: { readAt: new Date() },
  });
  return getMemberDocument(prisma, accountId, documentId);
}

/** 关注 / 取消关注: followers are told of new feedback in-app and by SMS. */
export async function setFollowing(options: {
  prisma: PrismaClient;
  accountId: string;
  documentId: string;
  following: boolean;
}): Promise<{ following: boolean }> {
  const { prisma, accountId, documentId, following } = options;
  // One statement: a recipient's row changes; anyone else's finds nothing (404).
  const { count } = await prisma.documentRecipient.updateMany({
    where: { documentId, accountId },
    data: { following },
  });
  if (count === 0) throw notFound('公文');
  return { following };
}
