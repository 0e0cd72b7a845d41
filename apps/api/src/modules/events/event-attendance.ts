import { chineseDateTime } from '@lx/shared/dates';
import type { StaffEvent, StaffRegistration } from '@lx/shared/event-schemas';
import { EVENT_WORKFLOW, REGISTRATION_WORKFLOW, type EventState } from '@lx/shared/event-workflow';
import { canApply } from '@lx/shared/workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, DomainError, notFound } from '../../lib/domain-error.ts';
import { creditEventTraining } from '../training/credit-training.ts';
import { withLockedEvent } from './event-places.ts';
import { eventIs, getStaffEvent, getStaffRegistration, registrationIs } from './event-records.ts';
import { suspendRepeatedNoShows } from './suspension-management.ts';

/** 签到 is taken while attendance may still be closed: on a published event. */
function refuseUnlessAttendanceOpen(state: EventState) {
  if (!canApply(EVENT_WORKFLOW, 'closeAttendance', state)) {
    throw conflict(`${eventIs(state)}，不能登记签到`);
  }
}

/**
 * 批量签到: the ticked registrations that may be marked attended are, in one statement; the
 * others (cancelled, waiting, already attended) are left as they are. Returns how many changed.
 */
export async function markAttendance(options: {
  prisma: PrismaClient;
  eventId: string;
  registrationIds: readonly string[];
  actor: Actor;
}): Promise<{ marked: number }> {
  const { prisma, eventId, registrationIds, actor } = options;
  const rule = REGISTRATION_WORKFLOW.transitions.markAttended;
  const result = await withLockedEvent(prisma, eventId, async (tx, event, now) => {
    refuseUnlessAttendanceOpen(event.state);
    const marked = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "EventRegistration"
      SET state = ${rule.to}::"RegistrationState", "attendedAt" = ${now}, "updatedAt" = ${now}
      WHERE "eventId" = ${eventId}::uuid AND id = ANY(${[...registrationIds]}::uuid[])
        AND state::text = ANY(${[...rule.from]})
      RETURNING id`;
    if (marked.length > 0) {
      await recordAudit(tx, actor, {
        action: 'event.attendance',
        entityType: 'Event',
        entityId: eventId,
        before: { registrationIds, states: rule.from },
        after: { attended: marked.map((r) => r.id), state: rule.to },
      });
    }
    return { marked: marked.length };
  });
  if (!result) throw notFound('活动');
  return result;
}

/** 扫码/输码签到: the registration of this event with the code the member shows. */
export async function checkIn(options: {
  prisma: PrismaClient;
  eventId: string;
  code: string;
  actor: Actor;
}): Promise<StaffRegistration> {
  const { prisma, eventId, code, actor } = options;
  const rule = REGISTRATION_WORKFLOW.transitions.markAttended;
  const result = await withLockedEvent(prisma, eventId, async (tx, event, now) => {
    refuseUnlessAttendanceOpen(event.state);
    const registration = await tx.eventRegistration.findUnique({
      where: { eventId_checkInCode: { eventId, checkInCode: code } },
    });
    if (!registration) throw new DomainError('NOT_FOUND', '签到码无效');
    if (registration.state === rule.to) {
      throw conflict(
        `${registration.name} 已于 ${chineseDateTime(registration.attendedAt ?? now)} 签到`,
      );
    }
    const { count } = await tx.eventRegistration.updateMany({
      where: { id: registration.id, state: { in: [...rule.from] } },
      data: { state: rule.to, attendedAt: now },
    });
    if (count === 0) {
      throw conflict(`${registration.name} 的报名${registrationIs(registration.state)}，不能签到`);
    }
    await recordAudit(tx, actor, {
      action: 'event.check-in',
      entityType: 'EventRegistration',
      entityId: registration.id,
      before: { state: registration.state },
      after: { state: rule.to, attendedAt: now },
    });
    return getStaffRegistration(tx, registration.id);
  });
  if (!result) throw notFound('活动');
  return result;
}

/** 撤销签到: a registration marked attended by mistake goes back to 已报名. */
export async function undoAttendance(options: {
  prisma: PrismaClient;
  registrationId: string;
  actor: Actor;
}): Promise<StaffRegistration> {
  const { prisma, registrationId, actor } = options;
  const rule = REGISTRATION_WORKFLOW.transitions.undoAttended;
  const found = await prisma.eventRegistration.findUnique({
    where: { id: registrationId },
    select: { eventId: true },
  });
  if (!found) throw notFound('报名记录');
  const result = await withLockedEvent(prisma, found.eventId, async (tx, event) => {
    refuseUnlessAttendanceOpen(event.state);
    const before = await tx.eventRegistration.findUniqueOrThrow({ where: { id: registrationId } });
    const { count } = await tx.eventRegistration.updateMany({
      where: { id: registrationId, state: { in: [...rule.from] } },
      data: { state: rule.to, attendedAt: null },
    });
    if (count === 0) {
      throw conflict(`该报名${registrationIs(before.state)}，没有可撤销的签到`);
    }
    await recordAudit(tx, actor, {
      action: 'event.undo-attendance',
      entityType: 'EventRegistration',
      entityId: registrationId,
      before: { state: before.state, attendedAt: before.attendedAt },
      after: { state: rule.to, attendedAt: null },
    });
    return getStaffRegistration(tx, registrationId);
  });
  if (!result) throw notFound('报名记录');
  return result;
}

/**
 * 结束签到, once the event has begun, in one transaction under the event's lock: whoever is
 * still 已报名 becomes 缺席, the event 已结束, every attendee is credited the event's hours, and
 * the no-show rule suspends those it catches. Closing again is refused by the table, so nothing is
 * credited twice.
 */
export async function closeAttendance(options: {
  prisma: PrismaClient;
  eventId: string;
  actor: Actor;
}): Promise<StaffEvent> {
  const { prisma, eventId, actor } = options;
  const rule = EVENT_WORKFLOW.transitions.closeAttendance;
  const noShow = REGISTRATION_WORKFLOW.transitions.markNoShow;
  const done = await withLockedEvent(prisma, eventId, async (tx, event, now) => {
    const stateBefore = event.state;
    if (!canApply(EVENT_WORKFLOW, 'closeAttendance', stateBefore)) {
      throw conflict(`${eventIs(stateBefore)}，不能结束签到`);
    }
    if (now < event.startsAt) throw conflict('活动开始后才能结束签到');
    const { count } = await tx.event.updateMany({
      where: { id: eventId, state: { in: [...rule.from] } },
      data: { state: rule.to, finishedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw conflict(`${eventIs(stateBefore)}，不能结束签到`);
    event.state = rule.to;
    const noShows = await tx.$queryRaw<{ id: string; lawyerId: string }[]>`
      UPDATE "EventRegistration"
      SET state = ${noShow.to}::"RegistrationState", "updatedAt" = ${now}
      WHERE "eventId" = ${eventId}::uuid AND state::text = ANY(${[...noShow.from]})
      RETURNING id, "lawyerId"`;
    const row = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
    const credited = await creditEventTraining(tx, row);
    const suspensions = await suspendRepeatedNoShows(tx, { event: row, noShows, now });
    await recordAudit(tx, actor, {
      action: 'event.close-attendance',
      entityType: 'Event',
      entityId: eventId,
      before: { state: stateBefore },
      after: {
        state: rule.to,
        noShows: noShows.length,
        trainingEntries: credited,
        suspended: suspensions.map((s) => ({ lawyerId: s.lawyerId, until: s.until })),
      },
    });
    return true;
  });
  if (!done) throw notFound('活动');
  return getStaffEvent(prisma, eventId);
}
