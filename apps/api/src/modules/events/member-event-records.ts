import {
  cancelDeadline,
  cancelWindow,
  leaveWindow,
  registrationWindow,
  type Window,
} from '@lx/shared/event-rules';
import { scopeLabel, type MemberEvent, type MemberRegistration } from '@lx/shared/event-schemas';
import { canApply, isFinalState } from '@lx/shared/workflow';
import { EVENT_WORKFLOW, REGISTRATION_WORKFLOW } from '@lx/shared/event-workflow';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { SessionContext } from '../auth/session-store.ts';
import {
  scopeOf,
  toAttachment,
  toLeave,
  type EventRow,
  type RegistrationRow,
} from './event-records.ts';

type Db = Pick<
  PrismaClient,
  'eventRegistration' | 'event' | 'lawyer' | 'organisation' | '$queryRaw'
>;

/** The signed-in member an event is for: a lawyer, or a firm or office. */
export type Member = Pick<SessionContext, 'accountId' | 'lawyerId' | 'organisationId'>;

const closed = (reason: string): Window => ({ open: false, reason });

/** What a member's view of a registration reads from its row and its event. */
export type MemberRegistrationRow = Pick<
  RegistrationRow,
  | 'id'
  | 'eventId'
  | 'state'
  | 'name'
  | 'workplace'
  | 'mobile'
  | 'createdAt'
  | 'checkInCode'
  | 'offerExpiresAt'
  | 'attachments'
  | 'leaves'
>;
export type MemberRegistrationEvent = Pick<EventRow, 'state' | 'registrationClosesAt' | 'startsAt'>;

/** 取消报名: a place until the deadline; a waitlist entry while the event has not finished. */
function cancelOf(row: MemberRegistrationRow, event: MemberRegistrationEvent, now: Date): Window {
  if (event.state !== 'PUBLISHED') return closed('活动已结束或已取消');
  if (!canApply(REGISTRATION_WORKFLOW, 'cancel', row.state))
    return closed(`${REGISTRATION_WORKFLOW.labels[row.state]}的报名不能取消`);
  if (row.state === 'WAITLISTED') return { open: true };
  return cancelWindow(event, now);
}

/** 请假: a registered place without a leave request waiting or granted, inside the window. */
function leaveOf(row: MemberRegistrationRow, event: MemberRegistrationEvent, now: Date): Window {
  if (event.state !== 'PUBLISHED') return closed('活动已结束或已取消');
  const leave = row.leaves[0];
  if (leave?.state === 'PENDING') return closed('请假申请正在审核');
  if (!canApply(REGISTRATION_WORKFLOW, 'approveLeave', row.state))
    return closed(`${REGISTRATION_WORKFLOW.labels[row.state]}的报名不能请假`);
  return leaveWindow(event, now);
}

export function toMemberRegistration(
  row: MemberRegistrationRow,
  event: MemberRegistrationEvent,
  waitlistPosition: number | null,
  now = new Date(),
): MemberRegistration {
  return {
    id: row.id,
    eventId: row.eventId,
    state: row.state,
    name: row.name,
    workplace: row.workplace,
    mobile: row.mobile,
    createdAt: row.createdAt.toISOString(),
    checkInCode: row.checkInCode,
    waitlistPosition,
    offerExpiresAt: row.offerExpiresAt?.toISOString() ?? null,
    attachments: row.attachments.map(toAttachment),
    leave: row.leaves[0] ? toLeave(row.leaves[0]) : null,
    cancel: cancelOf(row, event, now),
    requestLeave: leaveOf(row, event, now),
  };
}

/** Whether the event's 报名范围 includes this member (a lawyer's category, a firm's kind). */
export async function memberScope(db: Db, member: Member): Promise<Prisma.EventWhereInput> {
  if (member.lawyerId) {
    const lawyer = await db.lawyer.findUnique({
      where: { id: member.lawyerId },
      select: { practiceCategory: true },
    });
    return lawyer ? { scopePractice: { has: lawyer.practiceCategory } } : { id: { in: [] } };
  }
  if (member.organisationId) {
    const organisation = await db.organisation.findUnique({
      where: { id: member.organisationId },
      select: { kind: true },
    });
    return organisation ? { scopeOrganisations: { has: organisation.kind } } : { id: { in: [] } };
  }
  return { id: { in: [] } };
}

/** The event as this member sees it, with their own registrations. */
export function toMemberEvent(
  event: EventRow,
  registrations: RegistrationRow[],
  positions: Map<string, number>,
  waitlistLength: number,
  now = new Date(),
): MemberEvent {
  const register =
    event.state === 'PUBLISHED'
      ? registrationWindow(event, now)
      : closed(
          isFinalState(EVENT_WORKFLOW, event.state) || event.state === 'CANCELLED'
            ? `活动${EVENT_WORKFLOW.labels[event.state]}`
            : '活动尚未发布',
        );
  return {
    id: event.id,
    title: event.title,
    organiser: event.organiser,
    guests: event.guests,
    location: event.location,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    registrationOpensAt: event.registrationOpensAt.toISOString(),
    registrationClosesAt: event.registrationClosesAt.toISOString(),
    capacity: event.capacity,
    perAccountLimit: event.perAccountLimit,
    ...scopeOf(event),
    notice: event.notice,
    summary: event.summary,
    precautions: event.precautions,
    attachmentsRequired: event.attachmentsRequired,
    waitlist: event.waitlist,
    offerHours: event.offerHours,
    trainingHours: Number(event.trainingHours),
    trainingKind: event.trainingKind,
    state: event.state,
    placesTaken: event.placesTaken,
    scopeLabel: scopeLabel(scopeOf(event)),
    placesLeft: Math.max(0, event.capacity - event.placesTaken),
    waitlistLength,
    cancelDeadline: cancelDeadline(event).toISOString(),
    register,
    registrations: registrations.map((r) =>
      toMemberRegistration(r, event, positions.get(r.id) ?? null, now),
    ),
  };
}
