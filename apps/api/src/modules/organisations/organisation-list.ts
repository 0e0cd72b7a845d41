import type { OrganisationPage, OrganisationSearchQuery } from '@lx/shared/member-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';
import { PRACTISING_COUNT, toOrganisationListItem } from './organisation-records.ts';

/** Every organisation by name, for the staff's filter pickers. */
export async function listOrganisationOptions(prisma: PrismaClient) {
  return prisma.organisation.findMany({
    select: { id: true, name: true, kind: true },
    orderBy: { name: 'asc' },
  });
}

/** 机构管理: by name (part of it), 执业许可证号 (its start) or 会员编号, kind and state; by name. */
export async function searchOrganisations(
  prisma: PrismaClient,
  query: OrganisationSearchQuery,
): Promise<OrganisationPage> {
  const and: Prisma.OrganisationWhereInput[] = [];
  if (query.q) {
    and.push({
      OR: [
        { name: { contains: query.q } },
        { licenceNo: { startsWith: query.q } },
        { memberNo: { equals: query.q, mode: 'insensitive' } },
      ],
    });
  }
  if (query.kind) and.push({ kind: query.kind });
  if (query.status) and.push({ status: query.status });
  const where: Prisma.OrganisationWhereInput = { AND: and };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.organisation.findMany({
        where,
        include: PRACTISING_COUNT,
        orderBy: [{ status: 'asc' }, { name: 'asc' }, { id: 'asc' }],
        ...window,
      }),
    count: () => prisma.organisation.count({ where }),
  });
  return {
    items: rows.map(toOrganisationListItem),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
