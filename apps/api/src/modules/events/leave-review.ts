import type { LeaveQueueItem } from '@lx/shared/event-schemas';
import { LEAVE_WORKFLOW, REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/domain-error.ts';
import { withLockedEvent } from './event-places.ts';
import { registrationIs, type Tx } from './event-records.ts';
import { getLeaveQueueItem } from './leave-queue.ts';
import { resultNotices } from '../notifications/result-notices.ts';
import { notifyRegistrants } from './notify-registrants.ts';

const DECIDED = '该请假申请已处理';

/** The request, with what the decision and its notice need. */
async function findLeave(prisma: PrismaClient, leaveId: string) {
  const leave = await prisma.eventLeave.findUnique({
    where: { id: leaveId },
    include: {
      registration: { select: { id: true, eventId: true, event: { select: { title: true } } } },
    },
  });
  if (!leave) throw notFound('请假申请');
  return leave;
}

/** Decides a waiting request, or refuses: someone else may have decided it meanwhile. */
async function decide(
  tx: Tx,
  options: {
    leaveId: string;
    action: 'approve' | 'reject';
    reason: string | undefined;
    actor: Actor;
    now: Date;
  },
) {
  const rule = LEAVE_WORKFLOW.transitions[options.action];
  const { count } = await tx.eventLeave.updateMany({
    where: { id: options.leaveId, state: { in: [...rule.from] } },
    data: {
      state: rule.to,
      decisionReason: options.reason ?? null,
      decidedById: options.actor.accountId,
      decidedAt: options.now,
    },
  });
  if (count === 0) throw conflict(DECIDED);
  return rule;
}

/**
 * 批准请假: the request is approved and its registration becomes 已请假 (it keeps its place and
 * will not count as a no-show), under the event's lock so that closing attendance cannot cross
 * it; the member is told in-app and by SMS.
 */
export async function approveLeave(options: {
  prisma: PrismaClient;
  leaveId: string;
  reason: string | undefined;
  actor: Actor;
}): Promise<LeaveQueueItem> {
  const { prisma, leaveId, reason, actor } = options;
  const leave = await findLeave(prisma, leaveId);
  const { registration } = leave;
  const onLeave = REGISTRATION_WORKFLOW.transitions.approveLeave;
  const result = await withLockedEvent(prisma, registration.eventId, async (tx, _event, now) => {
    const rule = await decide(tx, { leaveId, action: 'approve', reason, actor, now });
    const { count } = await tx.eventRegistration.updateMany({
      where: { id: registration.id, state: { in: [...onLeave.from] } },
      data: { state: onLeave.to },
    });
    if (count === 0) {
      const current = await tx.eventRegistration.findUniqueOrThrow({
        where: { id: registration.id },
      });
      throw conflict(`该报名${registrationIs(current.state)}，不能批准请假；如需处理，请驳回`);
    }
    await recordAudit(tx, actor, {
      action: 'event.leave-approve',
      entityType: 'EventLeave',
      entityId: leaveId,
      before: { state: leave.state, registrationState: onLeave.from },
      after: { state: rule.to, registrationState: onLeave.to, decisionReason: reason },
    });
    const title = registration.event.title;
    await notifyRegistrants(tx, {
      registrationIds: [registration.id],
      ...resultNotices.leaveApproved({
        event: title,
        reason: reason ?? null,
        link: `/events/${registration.eventId}`,
      }),
    });
    return getLeaveQueueItem(tx, leaveId);
  });
  if (!result) throw notFound('活动');
  return result;
}

/** 驳回请假: with the reason; the registration stays 已报名 (an absence counts). */
export async function rejectLeave(options: {
  prisma: PrismaClient;
  leaveId: string;
  reason: string;
  actor: Actor;
}): Promise<LeaveQueueItem> {
  const { prisma, leaveId, reason, actor } = options;
  const leave = await findLeave(prisma, leaveId);
  const { registration } = leave;
  return prisma.$transaction(async (tx) => {
    const rule = await decide(tx, { leaveId, action: 'reject', reason, actor, now: new Date() });
    await recordAudit(tx, actor, {
      action: 'event.leave-reject',
      entityType: 'EventLeave',
      entityId: leaveId,
      before: { state: leave.state },
      after: { state: rule.to, decisionReason: reason },
    });
    const title = registration.event.title;
    await notifyRegistrants(tx, {
      registrationIds: [registration.id],
      ...resultNotices.leaveRejected({
        event: title,
        reason,
        link: `/events/${registration.eventId}`,
      }),
    });
    return getLeaveQueueItem(tx, leaveId);
  });
}
