import type { AuditEntry, AuditQuery } from '@lx/shared/audit-schemas';
import { startOfShanghaiDay } from '@lx/shared/dates';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';

/** The audit log, newest first; the dates are whole days in Shanghai time. */
export async function findAuditPage(
  prisma: PrismaClient,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; total: number; page: number; pageSize: number }> {
  const { page, pageSize, entityType, entityId, action, actor, from, to } = query;
  const createdAt: Prisma.DateTimeFilter = {};
  if (from) createdAt.gte = startOfShanghaiDay(from);
  if (to) createdAt.lt = new Date(startOfShanghaiDay(to).getTime() + 86_400_000);
  const where: Prisma.AuditEntryWhereInput = {
    ...(entityType ? { entityType } : {}),
    ...(entityId ? { entityId } : {}),
    ...(action ? { action: { startsWith: action } } : {}),
    ...(actor ? { actorName: { contains: actor } } : {}),
    ...(from || to ? { createdAt } : {}),
  };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.auditEntry.findMany({ where, orderBy: { createdAt: 'desc' }, ...window }),
    count: () => prisma.auditEntry.count({ where }),
  });
  const items = rows.map((r) => ({
    ...r,
    before: r.before ?? null,
    after: r.after ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, total, page, pageSize };
}
