import type { CertificateSummary } from '@lx/shared/certificate-schemas';
import { type DirectSql, type SqlFragment, sqlFragment } from '../../db/direct-sql.ts';
import type { PageWindow } from '../../lib/find-page.ts';
import { toSummary, type SummaryRow } from './certificate-records.ts';

type SummaryColumns = Omit<SummaryRow, 'applicant' | 'type' | 'certificate'> & {
  applicantName: string;
  typeName: string;
  reviewMode: SummaryRow['type']['reviewMode'];
  certificateNumber: string | null;
};

export const OLDEST_FIRST = sqlFragment`a."createdAt", a.number`;
export const NEWEST_FIRST = sqlFragment`a."createdAt" DESC, a.number DESC`;

/**
 * A page of certificate applications as a deferred join: the applications' ids and sort keys with
 * the filters (`where` on the alias `a`), ORDER BY + LIMIT/OFFSET on an index, then the page's
 * types and certificates. One statement on the direct lane, for the reviewers' queue and an
 * applicant's own list.
 */
export function certificateSummaryRows(
  sql: DirectSql,
  { where, order, skip, take }: { where: SqlFragment; order: SqlFragment } & PageWindow,
) {
  return sql<SummaryColumns>`
    WITH page AS (
      SELECT a.id, a.number, a."typeId", a.applicant->>'name' AS "applicantName", a.state,
        a."rejectReason", a."createdAt", a."reviewedAt", a."paperState"
      FROM "CertificateApplication" a
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ${take} OFFSET ${skip})
    SELECT a.id::text AS id, a.number, t.name AS "typeName", a."applicantName",
      a.state::text AS state, t."reviewMode"::text AS "reviewMode", a."rejectReason",
      a."createdAt", a."reviewedAt", c.number AS "certificateNumber",
      a."paperState"::text AS "paperState"
    FROM page a JOIN "CertificateType" t ON t.id = a."typeId"
      LEFT JOIN "Certificate" c ON c."applicationId" = a.id
    ORDER BY ${order}`;
}

/** A row of `certificateSummaryRows` as the lists answer it. */
export const toSummaryOfRow = ({
  applicantName,
  typeName,
  reviewMode,
  certificateNumber,
  ...row
}: SummaryColumns): CertificateSummary =>
  toSummary({
    ...row,
    applicant: { name: applicantName },
    type: { name: typeName, reviewMode },
    certificate: certificateNumber === null ? null : { number: certificateNumber },
  });
