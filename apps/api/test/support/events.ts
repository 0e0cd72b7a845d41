import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.ts';

const HOUR = 3600_000;

/**
 * A published event whose registration is open now (opened an hour ago, closes in 3 days; the
 * event starts in 5 days), for full-time lawyers and law firms, unless told otherwise.
 */
export async function makeEvent(
  prisma: PrismaClient,
  overrides: Partial<Prisma.EventUncheckedCreateInput> = {},
) {
  const now = Date.now();
  return prisma.event.create({
    data: {
      title: `测试活动${Math.random().toString(36).slice(2, 8)}`,
      organiser: '市律师协会',
      location: '协会大厦三楼会议室',
      startsAt: new Date(now + 5 * 24 * HOUR),
      endsAt: new Date(now + 5 * 24 * HOUR + 3 * HOUR),
      registrationOpensAt: new Date(now - HOUR),
      registrationClosesAt: new Date(now + 3 * 24 * HOUR),
      capacity: 10,
      perAccountLimit: 1,
      scopePractice: ['FULL_TIME'],
      scopeOrganisations: ['LAW_FIRM'],
      state: 'PUBLISHED',
      publishedAt: new Date(now - HOUR),
      trainingHours: 3,
      trainingKind: 'ONSITE',
      ...overrides,
    },
  });
}

/** Moves an event's times by `ms` (negative: into the past), keeping their order. */
export async function shiftEvent(prisma: PrismaClient, eventId: string, ms: number) {
  const event = await prisma.event.findUniqueOrThrow({ where: { id: eventId } });
  const by = (d: Date) => new Date(d.getTime() + ms);
  return prisma.event.update({
    where: { id: eventId },
    data: {
      startsAt: by(event.startsAt),
      endsAt: by(event.endsAt),
      registrationOpensAt: by(event.registrationOpensAt),
      registrationClosesAt: by(event.registrationClosesAt),
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
