import type { EventListQuery, StaffEventPage } from '@lx/shared/event-schemas';
import { EVENT_STATES } from '@lx/shared/event-workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { findPage } from '../../lib/find-page.ts';
import { registrationCountsOf, toStaffEvent } from './event-records.ts';

/**
 * 活动管理's list: a state and a search (title, organiser, location), newest first, with the
 * events counted per state and each event's registrations per state (one grouped query for the
 * page).
 */
export async function findStaffEventPage(
  prisma: PrismaClient,
  query: EventListQuery,
): Promise<StaffEventPage> {
  const base: Prisma.EventWhereInput = query.q
    ? {
        OR: [
          { title: { contains: query.q } },
          { organiser: { contains: query.q } },
          { location: { contains: query.q } },
        ],
      }
    : {};
  const where = { ...base, ...(query.state ? { state: query.state } : {}) };
  const [{ rows, total }, groups] = await Promise.all([
    findPage(query, {
      find: (window) =>
        prisma.event.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          ...window,
        }),
      count: () => prisma.event.count({ where }),
    }),
    prisma.event.groupBy({ by: ['state'], where: base, _count: { _all: true } }),
  ]);
  const registrations = await registrationCountsOf(
    prisma,
    rows.map((row) => row.id),
  );
  const counts = Object.fromEntries(EVENT_STATES.map((s) => [s, 0])) as StaffEventPage['counts'];
  for (const group of groups) counts[group.state] = group._count._all;
  return {
    // The list leaves out the long texts: the response schema drops them.
    items: rows.map((row) => toStaffEvent(row, registrations.get(row.id)!)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}
