import type { z } from 'zod';
import type { Suspension, suspensionListQuerySchema } from '@lx/shared/event-schemas';
import type { Page } from '@lx/shared/pagination';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findPage } from '../../lib/find-page.ts';
import type { Db } from './event-records.ts';

export type SuspensionQuery = z.infer<typeof suspensionListQuerySchema>;

const SUSPENSION_INCLUDE = {
  lawyer: {
    select: { name: true, licenceNo: true, organisation: { select: { name: true } } },
  },
} as const satisfies Prisma.EventSuspensionInclude;
type SuspensionRow = Prisma.EventSuspensionGetPayload<{ include: typeof SUSPENSION_INCLUDE }>;

/** A suspension runs from its start until `until`, unless staff lifted it. */
export function activeSuspensionWhere(now: Date): Prisma.EventSuspensionWhereInput {
  return { liftedAt: null, startsAt: { lte: now }, until: { gt: now } };
}

const isActive = (row: SuspensionRow, now: Date) =>
  row.liftedAt === null && row.startsAt <= now && row.until > now;

/** The suspensions with the events of the no-shows that counted: one query for all of them. */
async function toSuspensions(db: Db, rows: SuspensionRow[], now: Date): Promise<Suspension[]> {
  const counted = await db.eventRegistration.findMany({
    where: { id: { in: rows.flatMap((row) => row.registrationIds) } },
    select: { id: true, event: { select: { title: true, startsAt: true } } },
  });
  const eventOf = new Map(counted.map((r) => [r.id, r.event]));
  return rows.map((row) => ({
    id: row.id,
    lawyerId: row.lawyerId,
    name: row.lawyer.name,
    licenceNo: row.lawyer.licenceNo,
    organisationName: row.lawyer.organisation.name,
    startsAt: row.startsAt.toISOString(),
    until: row.until.toISOString(),
    events: row.registrationIds
      .flatMap((id) => {
        const event = eventOf.get(id);
        return event ? [event] : [];
      })
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())
      .map((event) => ({ title: event.title, startsAt: event.startsAt.toISOString() })),
    liftedAt: row.liftedAt?.toISOString() ?? null,
    liftReason: row.liftReason,
    active: isActive(row, now),
  }));
}

/** 暂停报名名单: active or over (lifted, or run out), searched by name, licence or firm; newest first. */
export async function findSuspensionPage(
  prisma: PrismaClient,
  query: SuspensionQuery,
  now = new Date(),
): Promise<Page<Suspension>> {
  const where: Prisma.EventSuspensionWhereInput = {
    ...(query.active === 'true' ? activeSuspensionWhere(now) : {}),
    ...(query.active === 'false' ? { NOT: activeSuspensionWhere(now) } : {}),
    ...(query.q
      ? {
          lawyer: {
            OR: [
              { name: { contains: query.q } },
              { licenceNo: { contains: query.q } },
              { organisation: { name: { contains: query.q } } },
            ],
          },
        }
      : {}),
  };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.eventSuspension.findMany({
        where,
        include: SUSPENSION_INCLUDE,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        ...window,
      }),
    count: () => prisma.eventSuspension.count({ where }),
  });
  return {
    items: await toSuspensions(prisma, rows, now),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getSuspension(db: Db, id: string, now = new Date()): Promise<Suspension> {
  const row = await db.eventSuspension.findUnique({ where: { id }, include: SUSPENSION_INCLUDE });
  if (!row) throw notFound('暂停报名记录');
  const [suspension] = await toSuspensions(db, [row], now);
  return suspension!;
}
