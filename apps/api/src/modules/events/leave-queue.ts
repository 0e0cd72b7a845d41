import type { z } from 'zod';
import type {
  LeaveQueueItem,
  leaveQueueQuerySchema,
  leaveQueueSchema,
} from '@lx/shared/event-schemas';
import { LEAVE_STATES } from '@lx/shared/event-workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findPage } from '../../lib/find-page.ts';
import { type Db, LEAVE_INCLUDE, toLeave } from './event-records.ts';

type LeaveQueueQuery = z.infer<typeof leaveQueueQuerySchema>;
type LeaveQueue = z.infer<typeof leaveQueueSchema>;

const QUEUE_INCLUDE = {
  ...LEAVE_INCLUDE,
  registration: {
    select: {
      id: true,
      name: true,
      workplace: true,
      mobile: true,
      event: { select: { id: true, title: true, startsAt: true } },
    },
  },
} as const satisfies Prisma.EventLeaveInclude;
type QueueRow = Prisma.EventLeaveGetPayload<{ include: typeof QUEUE_INCLUDE }>;

function toQueueItem(row: QueueRow): LeaveQueueItem {
  const { registration } = row;
  return {
    ...toLeave(row),
    registrationId: registration.id,
    eventId: registration.event.id,
    eventTitle: registration.event.title,
    eventStartsAt: registration.event.startsAt.toISOString(),
    name: registration.name,
    workplace: registration.workplace,
    mobile: registration.mobile,
  };
}

/**
 * 请假审核's queue: a state, a count per state, waiting requests first (the enum's order), the
 * oldest first within each state.
 */
export async function findLeaveQueue(
  prisma: PrismaClient,
  query: LeaveQueueQuery,
): Promise<LeaveQueue> {
  const where: Prisma.EventLeaveWhereInput = query.state ? { state: query.state } : {};
  const [{ rows, total }, groups] = await Promise.all([
    findPage(query, {
      find: (window) =>
        prisma.eventLeave.findMany({
          where,
          include: QUEUE_INCLUDE,
          orderBy: [{ state: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
          ...window,
        }),
      count: () => prisma.eventLeave.count({ where }),
    }),
    prisma.eventLeave.groupBy({ by: ['state'], _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(LEAVE_STATES.map((s) => [s, 0])) as LeaveQueue['counts'];
  for (const group of groups) counts[group.state] = group._count._all;
  return {
    items: rows.map(toQueueItem),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}

export async function getLeaveQueueItem(db: Db, id: string): Promise<LeaveQueueItem> {
  const row = await db.eventLeave.findUnique({ where: { id }, include: QUEUE_INCLUDE });
  if (!row) throw notFound('请假申请');
  return toQueueItem(row);
}
