import type {
  EventAttachment,
  EventInput,
  Leave,
  RegistrationCounts,
  StaffEvent,
  StaffRegistration,
} from '@lx/shared/event-schemas';
import {
  EVENT_STATE_LABELS,
  EVENT_WORKFLOW,
  REGISTRATION_STATE_LABELS,
  REGISTRATION_STATES,
  REGISTRATION_WORKFLOW,
  type EventState,
  type RegistrationState,
} from '@lx/shared/event-workflow';
import { ORGANISATION_KINDS, PRACTICE_CATEGORIES } from '@lx/shared/labels';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { notFound } from '../../lib/domain-error.ts';

export type Tx = Prisma.TransactionClient;
export type Db = PrismaClient | Tx;
export type EventRow = Prisma.EventGetPayload<object>;

/** The form's fields as the Event row stores them. */
export function eventData(input: EventInput) {
  return {
    title: input.title,
    organiser: input.organiser,
    guests: input.guests ?? null,
    location: input.location,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    registrationOpensAt: new Date(input.registrationOpensAt),
    registrationClosesAt: new Date(input.registrationClosesAt),
    capacity: input.capacity,
    perAccountLimit: input.perAccountLimit,
    scopePractice: input.scopePractice,
    scopeOrganisations: input.scopeOrganisations,
    notice: input.notice ?? null,
    summary: input.summary ?? null,
    precautions: input.precautions ?? null,
    attachmentsRequired: input.attachmentsRequired,
    waitlist: input.waitlist,
    offerHours: input.offerHours,
    trainingHours: input.trainingHours,
    trainingKind: input.trainingKind,
  };
}

/** 报名范围 as stored (text arrays) read back as the shared types, unknown values dropped. */
export function scopeOf(event: { scopePractice: string[]; scopeOrganisations: string[] }) {
  return {
    scopePractice: PRACTICE_CATEGORIES.filter((c) => event.scopePractice.includes(c)),
    scopeOrganisations: ORGANISATION_KINDS.filter((k) => event.scopeOrganisations.includes(k)),
  };
}

/** What the audit log keeps of an event: the form's fields, times as ISO strings. */
export function auditedFields(row: EventRow) {
  return {
    ...eventData({
      ...row,
      ...scopeOf(row),
      guests: row.guests ?? undefined,
      notice: row.notice ?? undefined,
      summary: row.summary ?? undefined,
      precautions: row.precautions ?? undefined,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      registrationOpensAt: row.registrationOpensAt.toISOString(),
      registrationClosesAt: row.registrationClosesAt.toISOString(),
      trainingHours: Number(row.trainingHours),
    }),
    state: row.state,
  };
}

/** The event's state as a refusal says it: 活动尚未发布, 活动已结束… */
export function eventIs(state: EventState): string {
  return EVENT_WORKFLOW.transitions.publish.from.includes(state)
    ? '活动尚未发布'
    : `活动${EVENT_STATE_LABELS[state]}`;
}

/** A registration's state as a refusal says it: 当前为“已取消”. */
export const registrationIs = (state: RegistrationState) =>
  `当前为“${REGISTRATION_STATE_LABELS[state]}”`;

export function emptyRegistrationCounts(): RegistrationCounts {
  return Object.fromEntries(REGISTRATION_STATES.map((s) => [s, 0])) as RegistrationCounts;
}

/** The registrations of these events, counted per state: one grouped query for all of them. */
export async function registrationCountsOf(
  db: Db,
  eventIds: readonly string[],
): Promise<Map<string, RegistrationCounts>> {
  const counts = new Map(eventIds.map((id) => [id, emptyRegistrationCounts()]));
  if (eventIds.length === 0) return counts;
  const groups = await db.eventRegistration.groupBy({
    by: ['eventId', 'state'],
    where: { eventId: { in: [...eventIds] } },
    _count: { _all: true },
  });
  for (const group of groups) counts.get(group.eventId)![group.state] = group._count._all;
  return counts;
}

export function toStaffEvent(row: EventRow, counts: RegistrationCounts): StaffEvent {
  return {
    id: row.id,
    title: row.title,
    organiser: row.organiser,
    guests: row.guests,
    location: row.location,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    registrationOpensAt: row.registrationOpensAt.toISOString(),
    registrationClosesAt: row.registrationClosesAt.toISOString(),
    capacity: row.capacity,
    perAccountLimit: row.perAccountLimit,
    ...scopeOf(row),
    notice: row.notice,
    summary: row.summary,
    precautions: row.precautions,
    attachmentsRequired: row.attachmentsRequired,
    waitlist: row.waitlist,
    offerHours: row.offerHours,
    trainingHours: Number(row.trainingHours),
    trainingKind: row.trainingKind,
    state: row.state,
    placesTaken: row.placesTaken,
    version: row.version,
    cancelReason: row.cancelReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    counts,
  };
}

/** One event as staff see it, with its registrations counted per state. */
export async function getStaffEvent(db: Db, id: string): Promise<StaffEvent> {
  const row = await db.event.findUnique({ where: { id } });
  if (!row) throw notFound('活动');
  const counts = await registrationCountsOf(db, [id]);
  return toStaffEvent(row, counts.get(id)!);
}

type AttachmentRow = Prisma.EventAttachmentGetPayload<object>;

export function toAttachment(row: AttachmentRow): EventAttachment {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.contentType as EventAttachment['contentType'],
    size: row.size,
  };
}

export const LEAVE_INCLUDE = {
  attachments: { orderBy: { createdAt: 'asc' } },
} as const satisfies Prisma.EventLeaveInclude;
type LeaveRow = Prisma.EventLeaveGetPayload<{ include: typeof LEAVE_INCLUDE }>;

export function toLeave(row: LeaveRow): Leave {
  return {
    id: row.id,
    state: row.state,
    reason: row.reason as Leave['reason'],
    detail: row.detail,
    decisionReason: row.decisionReason,
    attachments: row.attachments.map(toAttachment),
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

/** A registration with what staff see of it: its files, its latest leave, who attends, who sent it. */
export const REGISTRATION_INCLUDE = {
  attachments: { orderBy: { createdAt: 'asc' } },
  leaves: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1, include: LEAVE_INCLUDE },
  lawyer: { select: { licenceNo: true } },
  account: { select: { displayName: true } },
} as const satisfies Prisma.EventRegistrationInclude;
export type RegistrationRow = Prisma.EventRegistrationGetPayload<{
  include: typeof REGISTRATION_INCLUDE;
}>;

export function toStaffRegistration(
  row: RegistrationRow,
  waitlistPosition: number | null,
): StaffRegistration {
  const leave = row.leaves[0];
  return {
    id: row.id,
    state: row.state,
    name: row.name,
    gender: row.gender,
    workplace: row.workplace,
    position: row.position,
    phone: row.phone,
    mobile: row.mobile,
    email: row.email,
    licenceNo: row.lawyer.licenceNo,
    registrantName: row.account.displayName,
    checkInCode: row.checkInCode,
    waitlistPosition,
    offerExpiresAt: row.offerExpiresAt?.toISOString() ?? null,
    attendedAt: row.attendedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    attachments: row.attachments.map(toAttachment),
    leave: leave ? toLeave(leave) : null,
  };
}

/** The states of the waitlist: the registrations that wait for an offer, in the order they came. */
export const WAITING_STATES = REGISTRATION_WORKFLOW.transitions.offer.from;

/**
 * 候补第 N 位: the 1-based place in its event's waitlist of each of these registrations that waits
 * (waitlistedAt, then id, as settlePlaces offers places), for registrations of any events; the
 * others are not in the map.
 */
export async function waitlistPositions(
  db: Db,
  registrationIds: readonly string[],
): Promise<Map<string, number>> {
  if (registrationIds.length === 0) return new Map();
  const waiting = [...WAITING_STATES];
  const rows = await db.$queryRaw<{ id: string; position: number }[]>`
    SELECT r.id, (
      SELECT count(*)::int FROM "EventRegistration" w
      WHERE w."eventId" = r."eventId" AND w.state::text = ANY(${waiting})
        AND (w."waitlistedAt", w.id) <= (r."waitlistedAt", r.id)
    ) AS position
    FROM "EventRegistration" r
    WHERE r.id = ANY(${[...registrationIds]}::uuid[]) AND r.state::text = ANY(${waiting})`;
  return new Map(rows.map((r) => [r.id, r.position]));
}

/** One registration as staff see it. */
export async function getStaffRegistration(db: Db, id: string): Promise<StaffRegistration> {
  const row = await db.eventRegistration.findUnique({
    where: { id },
    include: REGISTRATION_INCLUDE,
  });
  if (!row) throw notFound('报名记录');
  const positions = await waitlistPositions(db, [row.id]);
  return toStaffRegistration(row, positions.get(row.id) ?? null);
}
