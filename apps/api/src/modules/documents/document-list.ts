import type { StaffDocumentPage, StaffDocumentQuery } from '@lx/shared/document-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';
import { day } from './document-records.ts';

/** 公文列表 for the clerk: newest change first, searched by title or number, by state. */
export async function findStaffDocumentPage(
  prisma: PrismaClient,
  query: StaffDocumentQuery,
): Promise<StaffDocumentPage> {
  const where: Prisma.OfficialDocumentWhereInput = {
    ...(query.state ? { state: query.state } : {}),
    ...(query.q
      ? {
          OR: [
            { title: { contains: query.q, mode: 'insensitive' } },
            { number: { contains: query.q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.officialDocument.findMany({
        where,
        include: { _count: { select: { feedback: true } } },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
        ...window,
      }),
    count: () => prisma.officialDocument.count({ where }),
  });
  // 已阅 per document of the page, in one aggregate.
  const reads = await prisma.documentRecipient.groupBy({
    by: ['documentId'],
    where: { documentId: { in: rows.map((r) => r.id) }, readAt: { not: null } },
    _count: { _all: true },
  });
  const readCount = new Map(reads.map((r) => [r.documentId, r._count._all]));
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
      recipientCount: d.recipientCount,
      readCount: readCount.get(d.id) ?? 0,
      feedbackCount: d._count.feedback,
      updatedAt: d.updatedAt.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
