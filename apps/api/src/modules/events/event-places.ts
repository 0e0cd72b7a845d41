import { offerExpiry, registrationWindow, type EventTimes } from '@lx/shared/event-rules';
import { REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import { chineseDateTime } from '@lx/shared/dates';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { resultNotices } from '../notifications/result-notices.ts';
import { notifyRegistrants } from './notify-registrants.ts';

export type Tx = Prisma.TransactionClient;

/** The event's row as read under its lock: what every change of places decides on. */
export type LockedEvent = EventTimes & {
  id: string;
  title: string;
  state: 'DRAFT' | 'PUBLISHED' | 'FINISHED' | 'CANCELLED';
  capacity: number;
  perAccountLimit: number;
  waitlist: boolean;
  offerHours: number;
  attachmentsRequired: boolean;
  /** Changed in memory by the caller; settlePlaces writes it. */
  placesTaken: number;
  readonly placesTakenAtLock: number;
  /** Read with the lock, so that settling costs no statement when there is nothing to settle. */
  hasDueOffers: boolean;
  hasWaitlist: boolean;
};

/**
 * Locks the event's row for the rest of the transaction and reads it. Every change of places
 * (register, cancel, offer, accept, expire, capacity, cancellation, attendance) starts here, so
 * the count and the registrations are decided one transaction at a time per event, on PostgreSQL
 * as on the embedded database; other events are not held up.
 */
export async function lockEvent(tx: Tx, eventId: string): Promise<LockedEvent | null> {
  const [row] = await tx.$queryRaw<Omit<LockedEvent, 'placesTakenAtLock'>[]>`
    SELECT id, title, state::text AS state, capacity, "perAccountLimit", waitlist, "offerHours",
      "attachmentsRequired", "placesTaken", "startsAt", "endsAt", "registrationOpensAt",
      "registrationClosesAt",
      EXISTS (SELECT 1 FROM "EventRegistration" r WHERE r."eventId" = e.id
        AND r.state = 'OFFERED' AND r."offerExpiresAt" <= now()) AS "hasDueOffers",
      EXISTS (SELECT 1 FROM "EventRegistration" r WHERE r."eventId" = e.id
        AND r.state = 'WAITLISTED') AS "hasWaitlist"
    FROM "Event" e WHERE id = ${eventId}::uuid FOR UPDATE`;
  return row ? { ...row, placesTakenAtLock: row.placesTaken } : null;
}

const OFFERED = REGISTRATION_WORKFLOW.transitions.offer.to;
const EXPIRED = REGISTRATION_WORKFLOW.transitions.expire.to;

/**
 * Ends the offers that ran out, then gives every free place to the waitlist, first come first
 * served, while registration is open; writes placesTaken (unless told not to); tells the people
 * concerned. Called under the event's lock around any change of places (and by the sweeper for
 * offers that run out while nobody acts). A 请假 does not free a place; a cancelled place, a raised capacity, an
 * expired or declined offer do.
 */
export async function settlePlaces(
  tx: Tx,
  event: LockedEvent,
  now: Date,
  options: { write: boolean } = { write: true },
): Promise<void> {
  const expired = !event.hasDueOffers
    ? []
    : await tx.$queryRaw<{ id: string }[]>`
    UPDATE "EventRegistration" SET state = ${EXPIRED}::"RegistrationState", "updatedAt" = ${now}
    WHERE "eventId" = ${event.id}::uuid
      AND state::text = ANY(${[...REGISTRATION_WORKFLOW.transitions.expire.from]})
      AND "offerExpiresAt" <= ${now}
    RETURNING id`;
  event.placesTaken -= expired.length;
  event.hasDueOffers = false;

  let offered: { id: string }[] = [];
  const free = event.capacity - event.placesTaken;
  if (
    event.state === 'PUBLISHED' &&
    event.waitlist &&
    free > 0 &&
    registrationWindow(event, now).open
  ) {
    const expiresAt = offerExpiry(event, event.offerHours, now);
    offered = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "EventRegistration" SET state = ${OFFERED}::"RegistrationState",
        "offeredAt" = ${now}, "offerExpiresAt" = ${expiresAt}, "updatedAt" = ${now}
      WHERE id IN (
        SELECT id FROM "EventRegistration"
        WHERE "eventId" = ${event.id}::uuid
          AND state::text = ANY(${[...REGISTRATION_WORKFLOW.transitions.offer.from]})
        ORDER BY "waitlistedAt", id LIMIT ${free})
      RETURNING id`;
    event.placesTaken += offered.length;
    // Fewer offers than free places: nobody is left waiting.
    if (offered.length < free) event.hasWaitlist = false;
    await notifyRegistrants(tx, {
      registrationIds: offered.map((r) => r.id),
      ...resultNotices.waitlistOffered({
        event: event.title,
        until: chineseDateTime(expiresAt),
        link: `/events/${event.id}`,
      }),
    });
  }
  await notifyRegistrants(tx, {
    registrationIds: expired.map((r) => r.id),
    title: `候补名额已过期：${event.title}`,
    body: `您未在期限内确认活动“${event.title}”的候补名额，名额已顺延给下一位。`,
    link: `/events/${event.id}`,
    sms: `【律师协会】您未在期限内确认活动“${event.title}”的候补名额，名额已顺延。`,
    purpose: '活动候补',
  });
  if (options.write) await writePlaces(tx, event, now);
}

/** Writes placesTaken when it moved since the lock. */
async function writePlaces(tx: Tx, event: LockedEvent, now: Date): Promise<void> {
  if (event.placesTaken === event.placesTakenAtLock) return;
  await tx.$executeRaw`
    UPDATE "Event" SET "placesTaken" = ${event.placesTaken}, "updatedAt" = ${now}
    WHERE id = ${event.id}::uuid`;
}

// A popular event's transactions queue for its row lock: give them time to start and to wait
// their turn (a rush of 500 takes about a second), rather than fail after Prisma's default 2 s.
const RUSH = { maxWait: 10_000, timeout: 20_000 };

/**
 * One transaction on the locked event: the places settle first (offers that ran out are passed
 * on, so a newcomer never jumps the waitlist), then `change` moves registrations and adjusts
 * placesTaken, then free places go to the next in line (each settling costs no statement when
 * nothing is due and nobody waits).
 */
export async function withLockedEvent<T>(
  prisma: PrismaClient,
  eventId: string,
  change: (tx: Tx, event: LockedEvent, now: Date) => Promise<T>,
): Promise<T | null> {
  return prisma.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) return null;
    const now = new Date();
    await settlePlaces(tx, event, now, { write: false });
    const result = await change(tx, event, now);
    // A place freed, a capacity raised or a window moved: offer what is free now.
    await settlePlaces(tx, event, now, { write: false });
    await writePlaces(tx, event, now);
    return result;
  }, RUSH);
}

/**
 * Settles the event's places under its lock and writes them, then runs `then` in the same
 * transaction: for a decision that a SQL function makes on the row it locks again (event_register_many).
 */
export async function settledThen<T>(
  prisma: PrismaClient,
  eventId: string,
  then: (tx: Tx) => Promise<T>,
): Promise<T | null> {
  return prisma.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) return null;
    await settlePlaces(tx, event, new Date());
    return then(tx);
  }, RUSH);
}

/** Offers that ran out while nobody acted on their event: expired and passed on (the sweeper). */
export async function expireDueOffers(prisma: PrismaClient, now = new Date()): Promise<number> {
  const due = await prisma.eventRegistration.findMany({
    where: { state: 'OFFERED', offerExpiresAt: { lte: now } },
    select: { eventId: true },
    distinct: ['eventId'],
    take: 100,
  });
  for (const { eventId } of due) await withLockedEvent(prisma, eventId, async () => undefined);
  return due.length;
}
