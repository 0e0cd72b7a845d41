import type { RegistrationListQuery, RegistrationPage } from '@lx/shared/event-schemas';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findPage } from '../../lib/find-page.ts';
import {
  emptyRegistrationCounts,
  REGISTRATION_INCLUDE,
  toStaffRegistration,
  waitlistPositions,
} from './event-records.ts';

export type RegistrationFilter = Pick<RegistrationListQuery, 'state' | 'q'>;

/** The registrations of one event that a filter selects, without and with its state. */
export async function registrationWhere(
  prisma: PrismaClient,
  eventId: string,
  filter: RegistrationFilter,
) {
  const event = await prisma.event.findUnique({ where: { id: eventId }, select: { id: true } });
  if (!event) throw notFound('活动');
  const base: Prisma.EventRegistrationWhereInput = {
    eventId,
    ...(filter.q
      ? {
          OR: [
            { name: { contains: filter.q } },
            { mobile: { contains: filter.q } },
            { workplace: { contains: filter.q } },
          ],
        }
      : {}),
  };
  return { base, where: { ...base, ...(filter.state ? { state: filter.state } : {}) } };
}

/** The order of the list and the export: as they came. */
export const REGISTRATION_ORDER = [
  { createdAt: 'asc' },
  { id: 'asc' },
] as const satisfies Prisma.EventRegistrationOrderByWithRelationInput[];

/**
 * 报名管理's list of one event: state and search (name, mobile, workplace), counts per state
 * under the search, each registration with its files, its latest leave and, while it waits, its
 * place in the waitlist.
 */
export async function findRegistrationPage(
  prisma: PrismaClient,
  eventId: string,
  query: RegistrationListQuery,
): Promise<RegistrationPage> {
  const { base, where } = await registrationWhere(prisma, eventId, query);
  const [{ rows, total }, groups] = await Promise.all([
    findPage(query, {
      find: (window) =>
        prisma.eventRegistration.findMany({
          where,
          include: REGISTRATION_INCLUDE,
          orderBy: [...REGISTRATION_ORDER],
          ...window,
        }),
      count: () => prisma.eventRegistration.count({ where }),
    }),
    prisma.eventRegistration.groupBy({ by: ['state'], where: base, _count: { _all: true } }),
  ]);
  const positions = await waitlistPositions(
    prisma,
    rows.map((row) => row.id),
  );
  const counts = emptyRegistrationCounts();
  for (const group of groups) counts[group.state] = group._count._all;
  return {
    items: rows.map((row) => toStaffRegistration(row, positions.get(row.id) ?? null)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}
