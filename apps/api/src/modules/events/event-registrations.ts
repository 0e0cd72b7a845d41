import { randomUUID } from 'node:crypto';
import { chineseDateTime } from '@lx/shared/dates';
import { cancelWindow, registrationWindow, type EventTimes } from '@lx/shared/event-rules';
import type { MemberRegistration, RegistrationInput } from '@lx/shared/event-schemas';
import {
  ACTIVE_REGISTRATION_STATES,
  type EventState,
  PLACE_HOLDING_STATES,
  REGISTRATION_WORKFLOW,
  type RegistrationAction,
  type RegistrationState,
} from '@lx/shared/event-workflow';
import { canApply } from '@lx/shared/workflow';
import { Prisma, type PrismaClient } from '../../generated/prisma/client.ts';
import { REGISTRATION_INCLUDE, waitlistPositions } from './event-records.ts';
import type { Actor } from '../../lib/actor.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isUniqueViolation } from '../../lib/db-errors.ts';
import { DomainError, notFound } from '../../lib/domain-error.ts';
import type { FormFile } from '../../lib/read-form.ts';
import type { Storage } from '../../lib/storage.ts';
import { toMemberRegistration, type Member } from './member-event-records.ts';
import { withLockedEvent, type Tx } from './event-places.ts';
import { findActiveSuspension } from './member-event-list.ts';

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

/** The lawyer who will attend: the member themself, or one of the firm's practising lawyers. */
async function attendeeOf(prisma: PrismaClient, member: Member, input: RegistrationInput) {
  if (member.lawyerId) return member.lawyerId;
  if (!member.organisationId) throw new DomainError('FORBIDDEN', '只有律师和律师事务所可以报名');
  if (!input.lawyerId)
    throw new DomainError('VALIDATION', '请选择参加人员', { lawyerId: '请选择参加人员' });
  const lawyer = await prisma.lawyer.findFirst({
    where: { id: input.lawyerId, organisationId: member.organisationId, status: 'PRACTISING' },
    select: { id: true },
  });
  if (!lawyer)
    throw new DomainError('VALIDATION', '参加人员不是本机构在执业的律师', {
      lawyerId: '参加人员不是本机构在执业的律师',
    });
  return lawyer.id;
}

/**
 * The 签到码 of the event's n-th registration (n from 0): a bijection of 0…999,999 keyed by the
 * event (7,919 is prime to 10^6), so codes within an event never repeat and do not run in order.
 * Under the event's lock n is the number of registrations so far, which only grows.
 */
function checkInCode(eventId: string, n: number): string {
  return String((n * 7919 + checkInCodeOffset(eventId)) % 1_000_000).padStart(6, '0');
}

const checkInCodeOffset = (eventId: string) =>
  parseInt(eventId.replace(/-/g, '').slice(0, 8), 16) % 1_000_000;

/** Under the lock: this account's active registrations, whether this lawyer has one, and all. */
async function registrationStats(tx: Tx, eventId: string, accountId: string, lawyerId: string) {
  const active = Prisma.sql`r.state::text = ANY(${[...ACTIVE_REGISTRATION_STATES]})`;
  const [row] = await tx.$queryRaw<{ held: number; same: boolean; total: number }[]>`
    SELECT count(*) FILTER (WHERE r."accountId" = ${accountId}::uuid AND ${active})::int AS held,
      coalesce(bool_or(r."lawyerId" = ${lawyerId}::uuid AND ${active}), false) AS same,
      count(*)::int AS total
    FROM "EventRegistration" r WHERE r."eventId" = ${eventId}::uuid`;
  return row!;
}

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
type Decision = {
  outcome: string;
  state: RegistrationState | null;
  detail: number | null;
  code: string | null;
  position: number | null;
};

type Gate = Pick<EventTimes, 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'> & {
  state: EventState;
  attachmentsRequired: boolean;
  inScope: boolean;
};

/**
 * What is checked before the lock, in one statement: the event (not a draft), and whether its
 * 报名范围 includes this member (a lawyer's category, a firm's or office's kind).
 */
async function eventGate(prisma: PrismaClient, eventId: string, member: Member) {
  const [row] = member.lawyerId
    ? await prisma.$queryRaw<Gate[]>`
        SELECT e.state::text AS state, e."attachmentsRequired", e."registrationOpensAt",
          e."registrationClosesAt", e."startsAt",
          l."practiceCategory"::text = ANY(e."scopePractice") AS "inScope"
        FROM "Event" e, "Lawyer" l
        WHERE e.id = ${eventId}::uuid AND e.state <> 'DRAFT' AND l.id = ${member.lawyerId}::uuid`
    : await prisma.$queryRaw<Gate[]>`
        SELECT e.state::text AS state, e."attachmentsRequired", e."registrationOpensAt",
          e."registrationClosesAt", e."startsAt",
          o.kind::text = ANY(e."scopeOrganisations") AS "inScope"
        FROM "Event" e, "Organisation" o
        WHERE e.id = ${eventId}::uuid AND e.state <> 'DRAFT'
          AND o.id = ${member.organisationId ?? randomUUID()}::uuid`;
  return row ?? null;
}

/** The member's view of the registration just made, from what the decision returned. */
function answer(r: NewRegistration, decision: Decision, event: Gate): MemberRegistration {
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

/**
 * The decision under the event's lock in one round trip (the SQL function event_register, see its
 * migration): a rush of 2,000 then waits for the lock a fraction of a millisecond each, not for
 * eight statements of an interactive transaction. 'SETTLE': places must be settled first.
 */
async function decideRegistration(
  prisma: PrismaClient,
  r: NewRegistration,
): Promise<Decision | 'SETTLE'> {
  const fields = {
    name: r.input.name,
    gender: r.input.gender,
    workplace: r.input.workplace,
    position: r.input.position ?? null,
    phone: r.input.phone ?? null,
    mobile: r.input.mobile,
    email: r.input.email,
  };
  const [decision] = await prisma.$queryRaw<Decision[]>`
    SELECT * FROM event_register(${r.eventId}::uuid, ${r.member.accountId}::uuid,
      ${r.lawyerId}::uuid, ${r.id}::uuid, ${r.now}, ${JSON.stringify(fields)}::jsonb,
      ${JSON.stringify(r.stored)}::jsonb, ${checkInCodeOffset(r.eventId)},
      ${r.actor.accountId}::uuid, ${r.actor.name}, ${r.actor.requestId ?? null}, ${r.actor.ip ?? null})`;
  if (!decision) throw new Error('event_register answered nothing');
  return decision.outcome === 'SETTLE' ? 'SETTLE' : decision;
}

/** The sentence for each refusal event_register can answer. */
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

/** The same decision in an interactive transaction that first settles the places. */
async function registerAfterSettling(prisma: PrismaClient, r: NewRegistration) {
  const { id, eventId, member, lawyerId, input, stored, actor } = r;
  return withLockedEvent(prisma, eventId, async (tx, event, now) => {
    if (event.state !== 'PUBLISHED') throw conflict('活动已结束或已取消，不能报名');
    const window = registrationWindow(event, now);
    if (!window.open) throw conflict(window.reason);
    const { held, same, total } = await registrationStats(tx, eventId, member.accountId, lawyerId);
    if (same) throw conflict(member.lawyerId ? '您已经报名此活动' : `${input.name} 已经报名此活动`);
    if (held >= event.perAccountLimit)
      throw conflict(`本次活动每人限报 ${event.perAccountLimit} 个，您的报名已满`);
    let state: RegistrationState;
    if (event.placesTaken < event.capacity) {
      state = 'REGISTERED';
      event.placesTaken += 1;
    } else if (event.waitlist) {
      state = 'WAITLISTED';
    } else {
      throw conflict('名额已满，报名已截止');
    }
    await tx.eventRegistration.create({
      data: {
        id,
        eventId,
        accountId: member.accountId,
        lawyerId,
        state,
        name: input.name,
        gender: input.gender,
        workplace: input.workplace,
        position: input.position ?? null,
        phone: input.phone ?? null,
        mobile: input.mobile,
        email: input.email,
        checkInCode: checkInCode(eventId, total),
        waitlistedAt: state === 'WAITLISTED' ? now : null,
        attachments: { create: stored },
      },
    });
    await recordAudit(tx, actor, {
      action: 'event.registered',
      entityType: 'EventRegistration',
      entityId: id,
      after: { eventId, lawyerId, state, attachments: stored.length },
    });
    return event;
  });
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
  const visible = await eventGate(prisma, eventId, member);
  if (!visible) throw notFound('活动');
  if (!visible.inScope)
    throw new DomainError('FORBIDDEN', '本次活动报名不对您开放，请查看报名范围');
  const lawyerId = await attendeeOf(prisma, member, input);
  const suspension = await findActiveSuspension(prisma, lawyerId);
  if (suspension)
    throw new DomainError(
      'FORBIDDEN',
      `因无故缺席 ${suspension.events.length} 次，网上报名已暂停至 ${chineseDateTime(suspension.until)}；如有异议，请提交工单`,
    );
  if (visible.attachmentsRequired && options.files.length === 0)
    throw new DomainError('VALIDATION', '本次活动报名需上传报名材料', {
      attachments: '请上传报名材料',
    });

  const id = randomUUID();
  const { stored, discard } = await storeEventFiles(options.storage, id, options.files);
  const registration = { id, eventId, member, lawyerId, input, stored, actor, now: new Date() };
  try {
    const decided = await decideRegistration(prisma, registration);
    if (decided === 'SETTLE') {
      if (!(await registerAfterSettling(prisma, registration))) throw notFound('活动');
      return await getOwnRegistration(prisma, member, id);
    }
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
