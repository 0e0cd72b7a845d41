import type { PageQuery } from '@lx/shared/pagination';
import type { StaffAccount } from '@lx/shared/staff-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';
import { toStaffAccount } from './staff-accounts.ts';

/** Staff accounts in the order they were created, found by username or display name. */
export async function findStaffPage(
  prisma: PrismaClient,
  query: PageQuery & { q?: string },
): Promise<{ items: StaffAccount[]; total: number; page: number; pageSize: number }> {
  const { q } = query;
  const where: Prisma.AccountWhereInput = {
    kind: 'STAFF',
    ...(q
      ? { OR: [{ username: { contains: q.toLowerCase() } }, { displayName: { contains: q } }] }
      : {}),
  };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.account.findMany({
        where,
        include: { roles: true },
        orderBy: { createdAt: 'asc' },
        ...window,
      }),
    count: () => prisma.account.count({ where }),
  });
  return { items: rows.map(toStaffAccount), total, page: query.page, pageSize: query.pageSize };
}

/** The staff roles and what each may do. */
export async function listStaffRoles(prisma: PrismaClient) {
  return prisma.staffRole.findMany({ orderBy: { code: 'asc' } });
}
