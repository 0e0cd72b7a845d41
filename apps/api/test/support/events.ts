import { PLACE_HOLDING_STATES, type RegistrationState } from '@lx/shared/event-workflow';
import type { LeaveState } from '@lx/shared/event-workflow';
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.ts';
import { makeLawyer } from './factories.ts';

// Events and registrations straight into the database, for the staff side's tests (the member
// API that makes them through the front door is written beside it). placesTaken is kept equal to
// the registrations that hold a place, as the API keeps it.

const HOUR = 3600_000;
const DAY = 24 * HOUR;
let counter = 0;

/**
 * A published event whose registration is open now (opened a day ago, closes in two days) and
 * that starts in three days, 10 places, waitlist on, 3 hours of on-site training; `overrides`
 * changes any column.
 */
export async function makeEvent(
  prisma: PrismaClient,
  overrides: Partial<Prisma.EventUncheckedCreateInput> = {},
) {
  const n = ++counter;
  const now = Date.now();
  return prisma.event.create({
    data: {
      title: `测试活动${n}`,
      organiser: '测试市律师协会',
      location: '测试路 1 号会议厅',
      registrationOpensAt: new Date(now - DAY),
      registrationClosesAt: new Date(now + 2 * DAY),
      startsAt: new Date(now + 3 * DAY),
      endsAt: new Date(now + 3 * DAY + 2 * HOUR),
      capacity: 10,
      perAccountLimit: 1,
      scopePractice: ['FULL_TIME'],
      scopeOrganisations: [],
      waitlist: true,
      offerHours: 12,
      trainingHours: 3,
      trainingKind: 'ONSITE',
      state: 'PUBLISHED',
      publishedAt: new Date(now - DAY),
      ...overrides,
    },
  });
}

/** An event that started `hoursAgo` hours ago (registration closed before it began). */
export function startedEventTimes(hoursAgo: number) {
  const startsAt = new Date(Date.now() - hoursAgo * HOUR);
  return {
    registrationOpensAt: new Date(startsAt.getTime() - 10 * DAY),
    registrationClosesAt: new Date(startsAt.getTime() - DAY),
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
  };
}

type Lawyer = Awaited<ReturnType<typeof makeLawyer>>;

let codes = 0;

/**
 * A registration of a lawyer (a new one unless given) for the event, in `state`, sent by the
 * lawyer's own account unless `accountId` says who; the event's placesTaken follows.
 */
export async function makeRegistration(
  prisma: PrismaClient,
  options: {
    eventId: string;
    state: RegistrationState;
    lawyer?: Lawyer;
    accountId?: string;
    name?: string;
    workplace?: string;
    mobile?: string;
    createdAt?: Date;
    waitlistedAt?: Date;
  },
) {
  const lawyer = options.lawyer ?? (await makeLawyer(prisma, { mustChangePassword: false }));
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { id: lawyer.lawyer.organisationId },
  });
  const now = new Date();
  const { state } = options;
  const registration = await prisma.eventRegistration.create({
    data: {
      eventId: options.eventId,
      accountId: options.accountId ?? lawyer.account.id,
      lawyerId: lawyer.lawyer.id,
      state,
      name: options.name ?? lawyer.lawyer.name,
      gender: lawyer.lawyer.gender,
      workplace: options.workplace ?? organisation.name,
      position: '合伙人',
      phone: '020-87654321',
      mobile: options.mobile ?? lawyer.account.mobile ?? '13900000000',
      email: `lawyer${lawyer.lawyer.id.slice(0, 8)}@example.cn`,
      // 100000 upwards: a code below it (000000) is never anyone's.
      checkInCode: String(100000 + (++codes % 900000)),
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      waitlistedAt:
        state === 'WAITLISTED' || state === 'OFFERED' ? (options.waitlistedAt ?? now) : null,
      offeredAt: state === 'OFFERED' ? now : null,
      offerExpiresAt: state === 'OFFERED' ? new Date(now.getTime() + 12 * HOUR) : null,
      attendedAt: state === 'ATTENDED' ? now : null,
      cancelledAt: state === 'CANCELLED' ? now : null,
    },
  });
  if ((PLACE_HOLDING_STATES as readonly string[]).includes(state)) {
    await prisma.event.update({
      where: { id: options.eventId },
      data: { placesTaken: { increment: 1 } },
    });
  }
  return { registration, lawyer };
}

/** A leave request for the registration (PENDING unless told). */
export async function makeLeave(
  prisma: PrismaClient,
  options: { registrationId: string; state?: LeaveState; createdAt?: Date; detail?: string },
) {
  return prisma.eventLeave.create({
    data: {
      registrationId: options.registrationId,
      state: options.state ?? 'PENDING',
      reason: '工作冲突',
      detail: options.detail ?? '当天开庭',
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
  });
}
/** The registration form as a lawyer fills it. */
export const registrationForm = (overrides: Record<string, string> = {}) => ({
  name: '张三',
  gender: 'MALE',
  workplace: '测试律师事务所',
  position: '律师',
  mobile: '13912345678',
  email: 'zhangsan@example.com',
  ...overrides,
});
