import type { MemberEvent, MemberEventQuery } from '@lx/shared/event-schemas';
import type { Page } from '@lx/shared/pagination';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';
import { findPage } from '../../lib/find-page.ts';
import { REGISTRATION_INCLUDE, waitlistPositions, type EventRow } from './event-records.ts';
import { memberScope, toMemberEvent, type Member } from './member-event-records.ts';

/** Each event's own registrations of this account, the waitlist positions and lengths. */
async function withOwnRegistrations(
  prisma: PrismaClient,
  member: Member,
  events: EventRow[],
): Promise<MemberEvent[]> {
  const ids = events.map((e) => e.id);
  if (ids.length === 0) return [];
  const [registrations, waitlists] = await Promise.all([
    prisma.eventRegistration.findMany({
      where: { eventId: { in: ids }, accountId: member.accountId },
      include: REGISTRATION_INCLUDE,
      orderBy: { createdAt: 'desc' },
    }),
    prisma.eventRegistration.groupBy({
      by: ['eventId'],
      where: { eventId: { in: ids }, state: 'WAITLISTED' },
      _count: { _all: true },
    }),
  ]);
  const positions = await waitlistPositions(
    prisma,
    registrations.filter((r) => r.state === 'WAITLISTED').map((r) => r.id),
  );
  const waitlistLength = new Map(waitlists.map((w) => [w.eventId, w._count._all]));
  const now = new Date();
  return events.map((event) =>
    toMemberEvent(
      event,
      registrations.filter((r) => r.eventId === event.id),
      positions,
      waitlistLength.get(event.id) ?? 0,
      now,
    ),
  );
}

/**
 * 正在报名的活动 (open now, and this member is in the event's 报名范围), soonest to close first;
 * or 我已报名的活动 (every event this account registered for, latest first).
 */
export async function findMemberEventPage(
  prisma: PrismaClient,
  member: Member,
  query: MemberEventQuery,
): Promise<Page<MemberEvent>> {
  const now = new Date();
  const where =
    query.tab === 'open'
      ? {
          state: 'PUBLISHED' as const,
          registrationOpensAt: { lte: now },
          registrationClosesAt: { gt: now },
          ...(await memberScope(prisma, member)),
        }
      : { registrations: { some: { accountId: member.accountId } } };
  const { rows, total } = await findPage(query, {
    find: (window) =>
      prisma.event.findMany({
        where,
        orderBy:
          query.tab === 'open'
            ? [{ registrationClosesAt: 'asc' }, { id: 'asc' }]
            : [{ startsAt: 'desc' }, { id: 'asc' }],
        ...window,
      }),
    count: () => prisma.event.count({ where }),
  });
  const items = await withOwnRegistrations(prisma, member, rows);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/**
 * One event for this member: a published (or finished, or cancelled) event in their scope, or
 * any event they registered for. Drafts and others' events are not found.
 */
export async function getMemberEvent(
  prisma: PrismaClient,
  member: Member,
  eventId: string,
): Promise<MemberEvent> {
  const event = await prisma.event.findFirst({
    where: {
      id: eventId,
      OR: [
        { state: { not: 'DRAFT' }, ...(await memberScope(prisma, member)) },
        { registrations: { some: { accountId: member.accountId } } },
      ],
    },
  });
  if (!event) throw notFound('活动');
  const [item] = await withOwnRegistrations(prisma, member, [event]);
  return item!;
}

/** The suspension that runs now for this lawyer, with the events whose no-shows counted. */
export async function findActiveSuspension(prisma: PrismaClient, lawyerId: string) {
  const now = new Date();
  const suspension = await prisma.eventSuspension.findFirst({
    where: { lawyerId, liftedAt: null, until: { gt: now }, startsAt: { lte: now } },
    orderBy: { until: 'desc' },
  });
  if (!suspension) return null;
  const counted = await prisma.eventRegistration.findMany({
    where: { id: { in: suspension.registrationIds } },
    select: { event: { select: { title: true, startsAt: true } } },
    orderBy: { event: { startsAt: 'desc' } },
  });
  return {
    startsAt: suspension.startsAt.toISOString(),
    until: suspension.until.toISOString(),
    events: counted.map((r) => ({
      title: r.event.title,
      startsAt: r.event.startsAt.toISOString(),
    })),
  };
}
