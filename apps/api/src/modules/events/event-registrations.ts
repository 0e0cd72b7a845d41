import { randomUUID } from 'node:crypto';
import { chineseDateTime } from '@lx/shared/dates';
import { cancelWindow, registrationWindow, type EventTimes } from '@lx/shared/event-rules';
import type { MemberRegistration, RegistrationInput } from '@lx/shared/event-schemas';
import {
  type EventState,
  PLACE_HOLDING_STATES,
  REGISTRATION_WORKFLOW,
  type RegistrationAction,
  type RegistrationState,
} from '@lx/shared/event-workflow';
import { canApply } from '@lx/shared/workflow';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { REGISTRATION_INCLUDE, waitlistPositions } from './event-records.ts';
import { directSql } from '../../db/direct-sql.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { DomainError, notFound } from '../../lib/domain-error.ts';
import type { FormFile } from '../../lib/read-form.ts';
import type { Storage } from '../../lib/storage.ts';
import { toMemberRegistration, type Member } from './member-event-records.ts';
import { settledThen, withLockedEvent } from './event-places.ts';
import {
  decideInTurn,
  decideTurns,
  type Decision,
  type Turn,
  type TurnDecision,
} from './registration-turns.ts';

const conflict = (message: string) => new DomainError('CONFLICT', message);
const holdsPlace = (state: RegistrationState) =>
  (PLACE_HOLDING_STATES as readonly string[]).includes(state);

/** Files of a registration or a leave request, stored before the transaction that names them. */
type StoredFile = { id: string; filename: string; contentType: string; size: number; key: string };

export async function storeEventFiles(storage: Storage, owner: string, files: FormFile[]) {
  const stored: StoredFile[] = [];
  for (const file of files) {
    const key = `event-attachments/${owner}/${randomUUID()}`;
    await storage.putStaged(key, file.path, file.type);
    stored.push({
      id: randomUUID(),
      filename: file.filename.slice(0, 200) || '附件',
      contentType: file.type,
      size: file.size,
      key,
    });
  }
  return { stored, discard: () => Promise.all(stored.map((s) => storage.delete(s.key))) };
}

/** Keys the 签到码 to the event, so that codes of different events differ (event_register_many). */
const checkInCodeOffset = (eventId: string) =>
  parseInt(eventId.replace(/-/g, '').slice(0, 8), 16) % 1_000_000;

type NewRegistration = {
  id: string;
  eventId: string;
  member: Member;
  lawyerId: string;
  input: RegistrationInput;
  stored: StoredFile[];
  actor: Actor;
  now: Date;
};
type Gate = Pick<EventTimes, 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'> & {
  state: EventState;
  attachmentsRequired: boolean;
  inScope: boolean;
  /** The lawyer who will attend, when the member may register them. */
  attendeeId: string | null;
  /** The attendee's suspension in force, and how many no-shows it counts. */
  suspendedUntil: Date | null;
  suspendedFor: number | null;
};

/**
 * What is checked before the lock, in one statement on the direct lane (the hot path of a rush):
 * the event (not a draft), whether its 报名范围 includes this member (a lawyer's category, a firm's
 * or office's kind), the lawyer who will attend (the member, or one of the firm's practising
 * lawyers) and that lawyer's suspension in force (缺席暂停).
 */
async function eventGate(
  prisma: PrismaClient,
  eventId: string,
  member: Member,
  input: RegistrationInput,
  now: Date,
) {
  const sql = directSql(prisma);
  const [row] = member.lawyerId
    ? await sql<Gate>`
        SELECT e.state::text AS state, e."attachmentsRequired", e."registrationOpensAt",
          e."registrationClosesAt", e."startsAt",
          l."practiceCategory"::text = ANY(e."scopePractice") AS "inScope",
          l.id::text AS "attendeeId", s.until AS "suspendedUntil", s.n AS "suspendedFor"
        FROM "Event" e CROSS JOIN "Lawyer" l
          LEFT JOIN LATERAL (
            SELECT s.until, cardinality(s."registrationIds") AS n FROM "EventSuspension" s
            WHERE s."lawyerId" = l.id AND s."liftedAt" IS NULL AND s.until > ${now}
              AND s."startsAt" <= ${now}
            ORDER BY s.until DESC LIMIT 1) s ON true
        WHERE e.id = ${eventId}::uuid AND e.state <> 'DRAFT' AND l.id = ${member.lawyerId}::uuid`
    : await sql<Gate>`
        SELECT e.state::text AS state, e."attachmentsRequired", e."registrationOpensAt",
          e."registrationClosesAt", e."startsAt",
          o.kind::text = ANY(e."scopeOrganisations") AS "inScope",
          a.id::text AS "attendeeId", s.until AS "suspendedUntil", s.n AS "suspendedFor"
        FROM "Event" e CROSS JOIN "Organisation" o
          LEFT JOIN "Lawyer" a ON a.id = ${input.lawyerId ?? null}::uuid
            AND a."organisationId" = o.id AND a.status = 'PRACTISING'
          LEFT JOIN LATERAL (
            SELECT s.until, cardinality(s."registrationIds") AS n FROM "EventSuspension" s
            WHERE s."lawyerId" = a.id AND s."liftedAt" IS NULL AND s.until > ${now}
              AND s."startsAt" <= ${now}
            ORDER BY s.until DESC LIMIT 1) s ON true
        WHERE e.id = ${eventId}::uuid AND e.state <> 'DRAFT'
          AND o.id = ${member.organisationId}::uuid`;
  return row ?? null;
}

/** The member's view of the registration just made, from what the decision returned. */
function answer(r: NewRegistration, decision: TurnDecision, event: Gate): MemberRegistration {
  return toMemberRegistration(
    {
      id: r.id,
      eventId: r.eventId,
      state: decision.state!,
      name: r.input.name,
      workplace: r.input.workplace,
      mobile: r.input.mobile,
      createdAt: r.now,
      checkInCode: decision.code!,
      offerExpiresAt: null,
      attachments: r.stored.map((file) => ({
        ...file,
        registrationId: r.id,
        leaveId: null,
        createdAt: r.now,
      })),
      leaves: [],
    },
    { ...event, state: 'PUBLISHED' },
    decision.position,
    r.now,
  );
}

/** What event_register_many takes for this registration. */
function turnOf(r: NewRegistration): Turn {
  return {
    event: r.eventId,
    account: r.member.accountId,
    lawyer: r.lawyerId,
    id: r.id,
    now: r.now,
    fields: {
      name: r.input.name,
      gender: r.input.gender,
      workplace: r.input.workplace,
      position: r.input.position ?? null,
      phone: r.input.phone ?? null,
      mobile: r.input.mobile,
      email: r.input.email,
    },
    attachments: r.stored,
    codeOffset: checkInCodeOffset(r.eventId),
    actorId: r.actor.accountId,
    actorName: r.actor.name,
    requestId: r.actor.requestId ?? null,
    ip: r.actor.ip ?? null,
  };
}

/** The sentence for each refusal event_register_many can answer. */
function refusal(
  decision: Decision,
  times: Pick<EventTimes, 'registrationOpensAt' | 'registrationClosesAt'>,
  attendeeName: string | null,
): DomainError {
  switch (decision.outcome) {
    case 'NOT_FOUND':
      return notFound('活动');
    case 'NOT_PUBLISHED':
      return conflict('活动已结束或已取消，不能报名');
    case 'WINDOW': {
      const window = registrationWindow(times, new Date());
      return conflict(window.open ? '报名时间已变化，请刷新后重试' : window.reason);
    }
    case 'SAME':
      return conflict(attendeeName ? `${attendeeName} 已经报名此活动` : '您已经报名此活动');
    case 'LIMIT':
      return conflict(`本次活动每人限报 ${decision.detail} 个，您的报名已满`);
    case 'FULL':
      return conflict('名额已满，报名已截止');
    default:
      return new DomainError('INTERNAL', `报名未能完成（${decision.outcome}）`);
  }
}

/**
 * The decision after the places are settled and written under the event's lock (an offer ran out,
 * or a free place waits for the waitlist): event_register_many then locks the same row again in the
 * same transaction and decides as usual.
 */
async function decideAfterSettling(prisma: PrismaClient, r: NewRegistration) {
  const decided = await settledThen(prisma, r.eventId, async (tx) => {
    const [decision] = await decideTurns(
      (strings, ...values) => tx.$queryRaw(strings, ...values),
      [turnOf(r)],
    );
    return decision!;
  });
  if (!decided) return null;
  if (decided.outcome === 'SETTLE')
    throw new Error('event_register_many asked to settle settled places');
  const positions = await waitlistPositions(prisma, decided.state === 'WAITLISTED' ? [r.id] : []);
  return { ...decided, position: positions.get(r.id) ?? null };
}

/**
 * 提交报名申请. Eligibility, suspension and the form are checked first; then, under the event's
 * lock, the window, 每人限报, the same lawyer twice, and a place — or the waitlist when full. Two
 * clicks, two tabs or 500 people at once get exactly the places there are.
 */
export async function registerForEvent(options: {
  prisma: PrismaClient;
  storage: Storage;
  member: Member;
  eventId: string;
  input: RegistrationInput;
  files: FormFile[];
  actor: Actor;
}): Promise<MemberRegistration> {
  const { prisma, member, eventId, input, actor } = options;
  const now = new Date();
  const visible = await eventGate(prisma, eventId, member, input, now);
  if (!visible) throw notFound('活动');
  if (!visible.inScope)
    throw new DomainError('FORBIDDEN', '本次活动报名不对您开放，请查看报名范围');
  if (!member.lawyerId && !input.lawyerId)
    throw new DomainError('VALIDATION', '请选择参加人员', { lawyerId: '请选择参加人员' });
  const lawyerId = visible.attendeeId;
  if (!lawyerId)
    throw new DomainError('VALIDATION', '参加人员不是本机构在执业的律师', {
      lawyerId: '参加人员不是本机构在执业的律师',
    });
  if (visible.suspendedUntil)
    throw new DomainError(
      'FORBIDDEN',
      `因无故缺席 ${visible.suspendedFor} 次，网上报名已暂停至 ${chineseDateTime(visible.suspendedUntil)}；如有异议，请提交工单`,
    );
  if (visible.attachmentsRequired && options.files.length === 0)
    throw new DomainError('VALIDATION', '本次活动报名需上传报名材料', {
      attachments: '请上传报名材料',
    });

  const id = randomUUID();
  const { stored, discard } = await storeEventFiles(options.storage, id, options.files);
  const registration = { id, eventId, member, lawyerId, input, stored, actor, now };
  try {
    const first = await decideInTurn(prisma, turnOf(registration));
    const decided =
      first.outcome === 'SETTLE' ? await decideAfterSettling(prisma, registration) : first;
    if (!decided) throw notFound('活动');
    if (decided.outcome !== 'OK')
      throw refusal(decided, visible, member.lawyerId ? null : input.name);
    return answer(registration, decided, visible);
  } catch (error) {
    await discard();
    // The partial unique index: the same lawyer's second registration, should two get past
    // the check (they cannot under the lock; this is the last line).
    if (isUniqueViolation(error)) throw conflict('您已经报名此活动');
    throw error;
  }
}

export async function getOwnRegistration(
  db: PrismaClient,
  member: Member,
  registrationId: string,
): Promise<MemberRegistration> {
  const row = await db.eventRegistration.findFirst({
    where: { id: registrationId, accountId: member.accountId },
    include: { ...REGISTRATION_INCLUDE, event: true },
  });
  if (!row) throw notFound('报名记录');
  const positions = await waitlistPositions(db, [row.id]);
  return toMemberRegistration(row, row.event, positions.get(row.id) ?? null);
}

export type MemberRegistrationAction = Extract<RegistrationAction, 'cancel' | 'accept' | 'decline'>;

/**
 * 取消报名, 确认报名 (a waitlist offer) and 放弃名额, under the event's lock: a place given up
 * goes to the next in line in the same transaction.
 */
export async function changeOwnRegistration(options: {
  prisma: PrismaClient;
  member: Member;
  registrationId: string;
  action: MemberRegistrationAction;
  actor: Actor;
}): Promise<MemberRegistration> {
  const { prisma, member, registrationId, action, actor } = options;
  const owned = await prisma.eventRegistration.findFirst({
    where: { id: registrationId, accountId: member.accountId },
    select: { eventId: true },
  });
  if (!owned) throw notFound('报名记录');
  const rule = REGISTRATION_WORKFLOW.transitions[action];
  await withLockedEvent(prisma, owned.eventId, async (tx, event, now) => {
    const row = await tx.eventRegistration.findUniqueOrThrow({ where: { id: registrationId } });
    if (event.state !== 'PUBLISHED') throw conflict('活动已结束或已取消');
    // The lock's settling has just expired an offer that ran out.
    if (action === 'accept' && row.state === REGISTRATION_WORKFLOW.transitions.expire.to)
      throw conflict(`候补名额已于 ${chineseDateTime(row.offerExpiresAt!)} 过期`);
    if (!canApply(REGISTRATION_WORKFLOW, action, row.state))
      throw conflict(`当前状态为“${REGISTRATION_WORKFLOW.labels[row.state]}”，不能${rule.label}`);
    if (action === 'cancel' && row.state === 'REGISTERED') {
      const window = cancelWindow(event, now);
      if (!window.open) throw conflict(window.reason);
    }
    const { count } = await tx.eventRegistration.updateMany({
      where: { id: registrationId, state: { in: [...rule.from] } },
      data: {
        state: rule.to,
        ...(rule.to === 'CANCELLED' ? { cancelledAt: now } : {}),
        ...(action === 'accept' ? { offerExpiresAt: null } : {}),
      },
    });
    if (count !== 1) throw conflict('报名状态已变化，请刷新后重试');
    if (holdsPlace(row.state) && !holdsPlace(rule.to)) event.placesTaken -= 1;
    await recordAudit(tx, actor, {
      action: `event.registration.${action}`,
      entityType: 'EventRegistration',
      entityId: registrationId,
      before: { state: row.state },
      after: { state: rule.to },
    });
  });
  return getOwnRegistration(prisma, member, registrationId);
}
