import type { CertificateSummary } from '@lx/shared/certificate-schemas';
import type { PageQuery } from '@lx/shared/pagination';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';
import { APPLICATION_INCLUDE, toSummary } from './certificate-records.ts';

/** An applicant's own certificate applications, newest first. */
export async function findOwnCertificatePage(
  prisma: PrismaClient,
  accountId: string,
  query: PageQuery,
): Promise<{ items: CertificateSummary[]; total: number; page: number; pageSize: number }> {
  const where = { accountId };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.certificateApplication.findMany({
        where,
        include: APPLICATION_INCLUDE,
        orderBy: [{ createdAt: 'desc' }, { number: 'desc' }],
        ...window,
      }),
    count: () => prisma.certificateApplication.count({ where }),
  });
  return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}
