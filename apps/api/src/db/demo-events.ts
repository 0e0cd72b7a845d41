import type { PrismaClient, RegistrationState } from '../generated/prisma/client.ts';
import { DEMO_LAWYERS } from './demo-data.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

type DemoEvent = {
  title: string;
  capacity: number;
  /** Days from the first start: registration opens, closes; the event starts (3 hours long). */
  opens: number;
  closes: number;
  starts: number;
  state?: 'PUBLISHED' | 'FINISHED';
  /** Demo lawyers (by index in DEMO_LAWYERS) and their registration's state, in order. */
  registrations: [number, RegistrationState][];
  location: string;
  summary: string;
  hours: number;
};

// The README names the account to try each with (陈建国 is DEMO_LAWYERS[0]).
const EVENTS: DemoEvent[] = [
  {
    title: '2026 年度律师执业技能培训（合同纠纷实务）',
    capacity: 100,
    opens: -2,
    closes: 10,
    starts: 14,
    registrations: [
      [6, 'REGISTERED'],
      [7, 'REGISTERED'],
    ],
    location: '东江市法律服务中心 6 楼报告厅',
    summary: '围绕合同纠纷案件的证据组织、诉讼策略与调解技巧，邀请资深法官与律师授课。',
    hours: 6,
  },
  {
    title: '新《公司法》专题讲座',
    capacity: 2,
    opens: -1,
    closes: 6,
    starts: 8,
    registrations: [
      [1, 'REGISTERED'],
      [2, 'REGISTERED'],
      [3, 'WAITLISTED'],
    ],
    location: '东江市法律服务中心 3 楼会议室',
    summary: '解读新《公司法》对公司治理、股东责任与注册资本制度的修改，名额有限，报满可候补。',
    hours: 3,
  },
  {
    title: '律师职业道德与执业纪律研讨会',
    capacity: 50,
    opens: -7,
    closes: -0.25,
    starts: 3,
    registrations: [
      [0, 'REGISTERED'],
      [12, 'REGISTERED'],
    ],
    location: '东江市律师协会 2 楼多功能厅',
    summary:
      '结合近年投诉案例，研讨律师执业中的利益冲突、保密义务与收费规范。报名已截止，可申请请假。',
    hours: 3,
  },
  {
    title: '2026 年第三季度青年律师沙龙',
    capacity: 30,
    opens: -40,
    closes: -32,
    starts: -30,
    state: 'FINISHED',
    registrations: [
      [0, 'ATTENDED'],
      [8, 'ATTENDED'],
      [13, 'NO_SHOW'],
    ],
    location: '东江市南城区鸿福路 88 号 6 楼',
    summary: '青年律师执业经验交流。',
    hours: 2,
  },
];

/**
 * Four events at first start: one open with places, one full with a waitlist, one whose
 * registration has closed (so 请假 can be tried), and one past with attendance recorded and its
 * hours credited. Inserted as the services would leave them (placesTaken, codes, the credit).
 */
export async function seedDemoEvents(options: { prisma: PrismaClient; now?: Date }) {
  const { prisma } = options;
  const now = (options.now ?? new Date()).getTime();
  const at = (days: number) => new Date(now + days * DAY);
  const lawyers = await prisma.lawyer.findMany({
    where: { idNo: { in: DEMO_LAWYERS.map((l) => l.idNo) } },
    include: { organisation: true },
  });
  const byIndex = (i: number) => lawyers.find((l) => l.idNo === DEMO_LAWYERS[i]!.idNo)!;
  for (const demo of EVENTS) {
    const holding = demo.registrations.filter(([, s]) => s !== 'WAITLISTED').length;
    const event = await prisma.event.create({
      data: {
        title: demo.title,
        organiser: '东江市律师协会',
        location: demo.location,
        startsAt: at(demo.starts),
        endsAt: new Date(at(demo.starts).getTime() + 3 * HOUR),
        registrationOpensAt: at(demo.opens),
        registrationClosesAt: at(demo.closes),
        capacity: demo.capacity,
        perAccountLimit: 1,
        scopePractice: ['FULL_TIME', 'PART_TIME', 'TRAINEE'],
        scopeOrganisations: ['LAW_FIRM'],
        notice: '请如实填写报名表，报名成功后请按时参加。',
        summary: demo.summary,
        precautions: '请携带执业证，提前 15 分钟签到。',
        trainingHours: demo.hours,
        trainingKind: 'ONSITE',
        state: demo.state ?? 'PUBLISHED',
        placesTaken: holding,
        publishedAt: at(demo.opens),
        finishedAt: demo.state === 'FINISHED' ? at(demo.starts + 1) : null,
      },
    });
    for (const [n, [index, state]] of demo.registrations.entries()) {
      const lawyer = byIndex(index);
      const seed = DEMO_LAWYERS[index]!;
      const createdAt = new Date(event.registrationOpensAt.getTime() + (n + 1) * HOUR);
      await prisma.eventRegistration.create({
        data: {
          eventId: event.id,
          accountId: lawyer.accountId!,
          lawyerId: lawyer.id,
          state,
          name: lawyer.name,
          gender: lawyer.gender,
          workplace: lawyer.organisation.name,
          position: '律师',
          mobile: seed.mobile,
          email: seed.email,
          checkInCode: String(100001 + n * 7919).padStart(6, '0'),
          waitlistedAt: state === 'WAITLISTED' ? createdAt : null,
          attendedAt: state === 'ATTENDED' ? new Date(event.startsAt.getTime() + 600_000) : null,
          createdAt,
        },
      });
      if (state === 'ATTENDED') {
        await prisma.trainingEntry.create({
          data: {
            lawyerId: lawyer.id,
            date: event.startsAt,
            title: event.title,
            organiser: event.organiser,
            kind: 'ONSITE',
            hours: demo.hours,
            source: 'EVENT',
            eventId: event.id,
            creditKey: `event:${event.id}:${lawyer.id}`,
          },
        });
      }
    }
  }
}
