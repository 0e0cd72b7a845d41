import type { CertificateQueue, CertificateQueueQuery } from '@lx/shared/certificate-schemas';
import { CERTIFICATE_STATES } from '@lx/shared/certificate-workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { findQueuePage } from '../../lib/find-page.ts';
import { APPLICATION_INCLUDE, toSummary } from './certificate-records.ts';

/** The reviewers' queue: filters, paging and a count per state, all on the server. */
export async function findCertificateQueue(
  prisma: PrismaClient,
  query: CertificateQueueQuery,
): Promise<CertificateQueue> {
  const serial = query.q ? /^(?:sq)?0*(\d{1,9})$/i.exec(query.q.trim()) : null;
  const base: Prisma.CertificateApplicationWhereInput = {
    ...(query.typeId ? { typeId: query.typeId } : {}),
    ...(query.paper === 'ANY'
      ? { paperQuantity: { gt: 0 } }
      : query.paper
        ? { paperState: query.paper }
        : {}),
    ...(query.q
      ? {
          OR: [
            { applicant: { path: ['name'], string_contains: query.q } },
            { certificate: { number: query.q.toUpperCase() } },
            ...(serial ? [{ number: Number(serial[1]) }] : []),
          ],
        }
      : {}),
  };
  const where = { ...base, ...(query.state ? { state: query.state } : {}) };
  const { rows, total, counts } = await findQueuePage(query, CERTIFICATE_STATES, {
    find: (window) =>
      prisma.certificateApplication.findMany({
        where,
        include: APPLICATION_INCLUDE,
        orderBy: [{ createdAt: 'asc' }, { number: 'asc' }],
        ...window,
      }),
    countByState: async () => {
      const groups = await prisma.certificateApplication.groupBy({
        by: ['state'],
        where: base,
        _count: { _all: true },
      });
      return groups;
    },
  });
  return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize, counts };
}
