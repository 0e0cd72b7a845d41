import type { CertificateQueue, CertificateQueueQuery } from '@lx/shared/certificate-schemas';
import { CERTIFICATE_STATES, type CertificateState } from '@lx/shared/certificate-workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { directSql, sqlFragment } from '../../db/direct-sql.ts';
import { findQueuePage, type StateCount } from '../../lib/find-page.ts';
import { certificateSummaryRows, OLDEST_FIRST, toSummaryOfRow } from './certificate-rows.ts';

/**
 * The reviewers' queue: filters, paging and a count per state, all on the server. Two statements
 * on the direct lane, in parallel: the page (`certificateSummaryRows`, on the `("createdAt",
 * number)` index) and one `GROUP BY state` over the same filters but the state.
 */
export async function findCertificateQueue(
  prisma: PrismaClient,
  query: CertificateQueueQuery,
): Promise<CertificateQueue> {
  const sql = directSql(prisma);
  const q = query.q || null;
  const serial = q ? /^(?:sq)?0*(\d{1,9})$/i.exec(q) : null;
  const number = serial ? Number(serial[1]) : null;
  // As Prisma's string_contains: LIKE with the text as given (% and _ stay wildcards).
  const contains = q && `%${q}%`;
  const certificateNo = q && q.toUpperCase();
  const typeId = query.typeId ?? null;
  const anyPaper = query.paper === 'ANY';
  const paperState = query.paper && query.paper !== 'ANY' ? query.paper : null;
  const state = query.state ?? null;
  const filters = sqlFragment`
    (${typeId}::uuid IS NULL OR a."typeId" = ${typeId}::uuid)
      AND (NOT ${anyPaper}::boolean OR a."paperQuantity" > 0)
      AND (${paperState}::"PaperState" IS NULL OR a."paperState" = ${paperState}::"PaperState")
      AND (${q}::text IS NULL OR a.applicant->>'name' LIKE ${contains}
        OR a.number = ${number}::int
        OR EXISTS (SELECT 1 FROM "Certificate" c
          WHERE c."applicationId" = a.id AND c.number = ${certificateNo}))`;
  const { rows, total, counts } = await findQueuePage(query, CERTIFICATE_STATES, {
    find: (window) =>
      certificateSummaryRows(sql, {
        where: sqlFragment`(${state}::"CertificateState" IS NULL OR a.state = ${state}::"CertificateState")
          AND ${filters}`,
        order: OLDEST_FIRST,
        ...window,
      }),
    countByState: () => sql<StateCount<CertificateState>>`
      SELECT a.state::text AS state, count(*)::int AS count
      FROM "CertificateApplication" a
      WHERE ${filters}
      GROUP BY a.state`,
  });
  return {
    items: rows.map(toSummaryOfRow),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}
