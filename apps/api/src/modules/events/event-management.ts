import { clause } from '@lx/shared/sentences';
import { chineseDateTime } from '@lx/shared/dates';
import type { EventInput, StaffEvent } from '@lx/shared/event-schemas';
import { EVENT_WORKFLOW, LEAVE_WORKFLOW, REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import { canApply, targetOf } from '@lx/shared/workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { changedFields, recordAudit } from '../../lib/audit.ts';
import { conflict, invalid, notFound } from '../../lib/domain-error.ts';
import { withLockedEvent } from './event-places.ts';
import { auditedFields, eventData, eventIs, getStaffEvent } from './event-records.ts';
import { notifyRegistrants } from './notify-registrants.ts';

export const STALE_EVENT = '活动已被他人修改，请刷新后重试';

/** 新建活动: a draft, published later. */
export async function createEvent(options: {
  prisma: PrismaClient;
  input: EventInput;
  actor: Actor;
}): Promise<StaffEvent> {
  const { prisma, input, actor } = options;
  return prisma.$transaction(async (tx) => {
    const row = await tx.event.create({
      data: { ...eventData(input), createdById: actor.accountId },
    });
    await recordAudit(tx, actor, {
      action: 'event.created',
      entityType: 'Event',
      entityId: row.id,
      after: auditedFields(row),
    });
    return getStaffEvent(tx, row.id);
  });
}

/**
 * 编辑: refused when someone else changed the event since the editor read it. A published event
 * stays published; its capacity may not drop under the places already taken, and a raised one is
 * offered to the waitlist at once (settlePlaces, under the same lock).
 */
export async function updateEvent(options: {
  prisma: PrismaClient;
  eventId: string;
  version: number;
  input: EventInput;
  actor: Actor;
}): Promise<StaffEvent> {
  const { prisma, eventId, version, input, actor } = options;
  const rule = EVENT_WORKFLOW.transitions.edit;
  const updated = await withLockedEvent(prisma, eventId, async (tx, event) => {
    const before = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
    if (before.version !== version) throw conflict(STALE_EVENT);
    if (!canApply(EVENT_WORKFLOW, 'edit', before.state)) {
      throw conflict(`${eventIs(before.state)}，不能编辑`);
    }
    if (input.capacity < event.placesTaken) {
      throw invalid('event.capacity', `报名人数限制不能少于已占名额 ${event.placesTaken}`);
    }
    const data = eventData(input);
    const { count } = await tx.event.updateMany({
      where: { id: eventId, version, state: { in: [...rule.from] } },
      data: {
        ...data,
        state: targetOf(EVENT_WORKFLOW, 'edit', before.state),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(STALE_EVENT);
    // settlePlaces decides on the locked row: it now sees the new capacity, window and title.
    Object.assign(event, {
      title: data.title,
      capacity: data.capacity,
      perAccountLimit: data.perAccountLimit,
      waitlist: data.waitlist,
      offerHours: data.offerHours,
      attachmentsRequired: data.attachmentsRequired,
      startsAt: data.startsAt,
      endsAt: data.endsAt,
      registrationOpensAt: data.registrationOpensAt,
      registrationClosesAt: data.registrationClosesAt,
    });
    const after = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
    await recordAudit(tx, actor, {
      action: 'event.updated',
      entityType: 'Event',
      entityId: eventId,
      ...changedFields(auditedFields(before), auditedFields(after)),
    });
    return true;
  });
  if (!updated) throw notFound('活动');
  return getStaffEvent(prisma, eventId);
}

/** 发布: the draft becomes visible to the members in its scope. */
export async function publishEvent(options: {
  prisma: PrismaClient;
  eventId: string;
  actor: Actor;
}): Promise<StaffEvent> {
  const { prisma, eventId, actor } = options;
  const rule = EVENT_WORKFLOW.transitions.publish;
  return prisma.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id: eventId } });
    if (!before) throw notFound('活动');
    const { count } = await tx.event.updateMany({
      where: { id: eventId, state: { in: [...rule.from] } },
      data: { state: rule.to, publishedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw conflict(`${eventIs(before.state)}，不能发布`);
    await recordAudit(tx, actor, {
      action: 'event.publish',
      entityType: 'Event',
      entityId: eventId,
      before: { state: before.state },
      after: { state: rule.to },
    });
    return getStaffEvent(tx, eventId);
  });
}

/**
 * 取消活动: under the event's lock every registration still in play is cancelled in one
 * statement, the places go back to 0, leave requests still waiting are closed with the event, and
 * every registrant is told why (in-app and by SMS).
 */
export async function cancelEvent(options: {
  prisma: PrismaClient;
  eventId: string;
  reason: string;
  actor: Actor;
}): Promise<StaffEvent> {
  const { prisma, eventId, reason, actor } = options;
  const rule = EVENT_WORKFLOW.transitions.cancel;
  const withEvent = REGISTRATION_WORKFLOW.transitions.cancelWithEvent;
  const closeLeave = LEAVE_WORKFLOW.transitions.reject;
  const done = await withLockedEvent(prisma, eventId, async (tx, event, now) => {
    const before = { state: event.state, placesTaken: event.placesTaken };
    if (!canApply(EVENT_WORKFLOW, 'cancel', before.state)) {
      throw conflict(`${eventIs(before.state)}，不能取消`);
    }
    const { count } = await tx.event.updateMany({
      where: { id: eventId, state: { in: [...rule.from] } },
      data: {
        state: rule.to,
        cancelReason: reason,
        cancelledAt: now,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict(STALE_EVENT);
    const cancelled = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "EventRegistration"
      SET state = ${withEvent.to}::"RegistrationState", "cancelledAt" = ${now},
        "offerExpiresAt" = NULL, "updatedAt" = ${now}
      WHERE "eventId" = ${eventId}::uuid AND state::text = ANY(${[...withEvent.from]})
      RETURNING id`;
    const leavesClosed = await tx.$executeRaw`
      UPDATE "EventLeave" SET state = ${closeLeave.to}::"LeaveState",
        "decisionReason" = '活动已取消', "decidedById" = ${actor.accountId}::uuid,
        "decidedAt" = ${now}
      WHERE state::text = ANY(${[...closeLeave.from]})
        AND "registrationId" IN (SELECT id FROM "EventRegistration" WHERE "eventId" = ${eventId}::uuid)`;
    // settlePlaces writes the count and, the event being cancelled, offers nothing.
    event.state = rule.to;
    event.placesTaken = 0;
    await notifyRegistrants(tx, {
      registrationIds: cancelled.map((r) => r.id),
      title: `活动已取消：${event.title}`,
      body: `您报名的活动“${event.title}”（${chineseDateTime(event.startsAt)}）已取消，取消原因：${clause(reason)}。您的报名已随之取消，给您带来不便，敬请谅解。`,
      link: `/events/${eventId}`,
      sms: `【律师协会】您报名的活动“${event.title}”已取消，原因：${clause(reason)}。您的报名已随之取消。`,
      purpose: '活动通知',
    });
    await recordAudit(tx, actor, {
      action: 'event.cancel',
      entityType: 'Event',
      entityId: eventId,
      before,
      after: {
        state: rule.to,
        cancelReason: reason,
        placesTaken: 0,
        registrationsCancelled: cancelled.length,
        leavesClosed,
      },
    });
    return true;
  });
  if (!done) throw notFound('活动');
  return getStaffEvent(prisma, eventId);
}
