import type { CertificateSummary } from '@lx/shared/certificate-schemas';
import type { PageQuery } from '@lx/shared/pagination';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { countRows, directSql, sqlFragment } from '../../db/direct-sql.ts';
import { findPage } from '../../lib/find-page.ts';
import { certificateSummaryRows, NEWEST_FIRST, toSummaryOfRow } from './certificate-rows.ts';

/**
 * An applicant's own certificate applications, newest first: the page (`certificateSummaryRows`,
 * on the `("accountId", "createdAt")` index) and its total, two statements on the direct lane in
 * parallel.
 */
export async function findOwnCertificatePage(
  prisma: PrismaClient,
  accountId: string,
  query: PageQuery,
): Promise<{ items: CertificateSummary[]; total: number; page: number; pageSize: number }> {
  const sql = directSql(prisma);
  const { rows, total } = await findPage(query, {
    find: (window) =>
      certificateSummaryRows(sql, {
        where: sqlFragment`a."accountId" = ${accountId}::uuid`,
        order: NEWEST_FIRST,
        ...window,
      }),
    count: () =>
      countRows(sql, sqlFragment`"CertificateApplication" WHERE "accountId" = ${accountId}::uuid`),
  });
  return { items: rows.map(toSummaryOfRow), total, page: query.page, pageSize: query.pageSize };
}
