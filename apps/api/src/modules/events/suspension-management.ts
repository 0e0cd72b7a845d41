import { chineseDate } from '@lx/shared/dates';
import { suspensionFor } from '@lx/shared/event-rules';
import type { Suspension } from '@lx/shared/event-schemas';
import { REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { conflict, notFound } from '../../lib/domain-error.ts';
import { notify } from '../notifications/notify.ts';
import type { Tx } from './event-records.ts';
import { notifyRegistrants } from './notify-registrants.ts';
import { getSuspension } from './suspension-list.ts';
import { getSuspensionRule } from './suspension-rule.ts';

const NO_SHOW = REGISTRATION_WORKFLOW.transitions.markNoShow.to;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The no-show rule, for the lawyers who have just been marked absent from `event`: each one's
 * no-shows since their latest suspension began (a lifted suspension's no-shows do not count
 * twice) go through `suspensionFor`; those it suspends get an EventSuspension from now, and the
 * registrant of their registration for this event is told why and until when. Returns the
 * suspensions made, for the caller's audit entry.
 */
export async function suspendRepeatedNoShows(
  tx: Tx,
  options: {
    event: { id: string; title: string };
    /** The registrations just marked absent. */
    noShows: readonly { id: string; lawyerId: string }[];
    now: Date;
  },
): Promise<{ lawyerId: string; until: Date; registrationIds: string[] }[]> {
  const { event, noShows, now } = options;
  if (noShows.length === 0) return [];
  const rule = await getSuspensionRule(tx);
  const lawyerIds = [...new Set(noShows.map((r) => r.lawyerId))];
  const rows = await tx.$queryRaw<{ id: string; lawyerId: string; startsAt: Date }[]>`
    SELECT r.id, r."lawyerId", e."startsAt"
    FROM "EventRegistration" r JOIN "Event" e ON e.id = r."eventId"
    WHERE r."lawyerId" = ANY(${lawyerIds}::uuid[]) AND r.state::text = ${NO_SHOW}
      AND e."startsAt" > COALESCE(
        (SELECT max(s."createdAt") FROM "EventSuspension" s WHERE s."lawyerId" = r."lawyerId"),
        '-infinity'::timestamptz)`;
  const byLawyer = groupBy(rows, (row) => row.lawyerId);
  const suspensions: { lawyerId: string; until: Date; registrationIds: string[] }[] = [];
  for (const [lawyerId, missed] of byLawyer) {
    const verdict = suspensionFor(
      missed.map((r) => r.startsAt),
      rule,
    );
    if (!verdict || verdict.until <= now) continue;
    const counted = new Set(verdict.counted.map((d) => d.getTime()));
    suspensions.push({
      lawyerId,
      until: verdict.until,
      registrationIds: missed.filter((r) => counted.has(r.startsAt.getTime())).map((r) => r.id),
    });
  }
  if (suspensions.length === 0) return [];
  await tx.eventSuspension.createMany({
    data: suspensions.map((s) => ({ ...s, startsAt: now })),
  });
  const registrationOf = new Map(noShows.map((r) => [r.lawyerId, r.id]));
  const byUntil = groupBy(suspensions, (s) => s.until.getTime());
  for (const [time, group] of byUntil) {
    const until = chineseDate(new Date(time));
    await notifyRegistrants(tx, {
      registrationIds: group.map((s) => registrationOf.get(s.lawyerId)!),
      title: '活动报名已暂停',
      body: `您（或您所在机构为您）报名的活动“${event.title}”记为缺席。按律协规定，${rule.withinMonths} 个月内缺席已报名的活动达 ${rule.noShows} 次，暂停在线报名活动 ${rule.suspendMonths} 个月，即日起至 ${until}。如有异议，请提交工单。`,
      link: '/events',
      sms: `【律师协会】您报名的活动“${event.title}”记为缺席，因${rule.withinMonths}个月内缺席达${rule.noShows}次，暂停在线报名活动至${until}。`,
      purpose: '活动通知',
    });
  }
  return suspensions;
}

/** 解除暂停: only a suspension that still runs; the lawyer may register again at once. */
export async function liftSuspension(options: {
  prisma: PrismaClient;
  suspensionId: string;
  reason: string;
  actor: Actor;
}): Promise<Suspension> {
  const { prisma, suspensionId, reason, actor } = options;
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const before = await tx.eventSuspension.findUnique({
      where: { id: suspensionId },
      include: { lawyer: { select: { accountId: true } } },
    });
    if (!before) throw notFound('暂停报名记录');
    const { count } = await tx.eventSuspension.updateMany({
      where: { id: suspensionId, liftedAt: null, until: { gt: now } },
      data: { liftedAt: now, liftedById: actor.accountId, liftReason: reason },
    });
    if (count === 0) {
      throw conflict(before.liftedAt ? '该暂停已解除' : '该暂停已到期，无需解除');
    }
    await recordAudit(tx, actor, {
      action: 'event.suspension-lift',
      entityType: 'EventSuspension',
      entityId: suspensionId,
      before: { lawyerId: before.lawyerId, until: before.until, liftedAt: null },
      after: { lawyerId: before.lawyerId, until: before.until, liftedAt: now, liftReason: reason },
    });
    if (before.lawyer.accountId) {
      await notify(tx, {
        accountId: before.lawyer.accountId,
        title: '活动报名已恢复',
        body: `您的活动报名暂停（原至 ${chineseDate(before.until)}）已由律协解除，现在可以在线报名活动。`,
        link: '/events',
      });
    }
    return getSuspension(tx, suspensionId, now);
  });
}
