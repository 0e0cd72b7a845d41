import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '@lx/shared/dates';
import type { RegistrationState } from '@lx/shared/event-workflow';
import type { StaffRoleCode } from '@lx/shared/permissions';
import type { Statistics } from '@lx/shared/statistics-schemas';
import { trainingYearDays, trainingYearOf } from '@lx/shared/training-rules';
import { makeEvent } from './support/events.ts';
import { makeLawyer, makeOrganisation } from './support/factories.ts';
import { signedInLawyer, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// 统计分析 (issue 15): each figure against a fixture counted by hand. The database is this file's
// own, so every row the figures count is made here; the report is read once, before the access
// tests add accounts of their own.

let t: Started;
let report: Statistics;
const HOUR = 3600_000;
const RANGE = 'from=2026-03-01&to=2026-05-31';
/** An instant in UTC ('2026-03-05T00:00'), hours added. */
const at = (utc: string, hours = 0) => new Date(new Date(`${utc}Z`).getTime() + hours * HOUR);

type Made = Awaited<ReturnType<typeof makeLawyer>>;

async function buildFixture() {
  const p = t.prisma;
  const firm = (await makeOrganisation(p, { kind: 'LAW_FIRM' })).organisation;
  const office = (await makeOrganisation(p, { kind: 'COMPANY_OFFICE' })).organisation;
  const bureau = (await makeOrganisation(p, { kind: 'PUBLIC_OFFICE' })).organisation;
  const closed = (await makeOrganisation(p, { kind: 'LAW_FIRM' })).organisation;
  await p.organisation.update({ where: { id: closed.id }, data: { status: 'CLOSED' } });

  const lawyer = (organisationId: string, practiceCategory: Made['lawyer']['practiceCategory']) =>
    makeLawyer(p, { organisationId, practiceCategory });
  // Practising: FULL_TIME 3, PART_TIME 1, TRAINEE 1 (firm); COMPANY 2 (office); PUBLIC 1 (bureau).
  const full = [
    await lawyer(firm.id, 'FULL_TIME'),
    await lawyer(firm.id, 'FULL_TIME'),
    await lawyer(firm.id, 'FULL_TIME'),
  ];
  const part = await lawyer(firm.id, 'PART_TIME');
  const trainee = await lawyer(firm.id, 'TRAINEE');
  const company = [await lawyer(office.id, 'COMPANY'), await lawyer(office.id, 'COMPANY')];
  const civil = await lawyer(bureau.id, 'PUBLIC');
  // Left the profession: counted nowhere, though approved and trained.
  const gone = await lawyer(firm.id, 'FULL_TIME');
  await p.lawyer.update({
    where: { id: gone.lawyer.id },
    data: { status: 'LEFT', leftAt: new Date('2026-01-01') },
  });

  // Profiles: 已通过 3, 审核中 1, 已驳回 1, 未提交 1 + 2 without a profile.
  const profile = (who: Made, state: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED') =>
    p.lawyerProfile.create({ data: { lawyerId: who.lawyer.id, state } });
  const [p1, p2, p3] = [
    await profile(full[0]!, 'APPROVED'),
    await profile(full[1]!, 'APPROVED'),
    await profile(full[2]!, 'APPROVED'),
  ];
  await profile(part, 'SUBMITTED');
  await profile(trainee, 'REJECTED');
  await profile(company[0]!, 'DRAFT');
  await profile(gone, 'APPROVED');

  // Profile decisions in the range: 10 h; 2 h then (resubmitted) 4 h. Outside: 30 h in February.
  const review = (profileId: string, decision: string, createdAt: Date) =>
    p.profileReview.create({
      data: {
        profileId,
        decision: decision as 'SUBMITTED',
        actorName: '测试',
        createdAt,
      },
    });
  await review(p1.id, 'SUBMITTED', at('2026-03-02T00:00'));
  await review(p1.id, 'APPROVED', at('2026-03-02T00:00', 10));
  await review(p2.id, 'SUBMITTED', at('2026-04-01T00:00'));
  await review(p2.id, 'REJECTED', at('2026-04-01T00:00', 2));
  await review(p2.id, 'SUBMITTED', at('2026-04-01T00:00', 5));
  await review(p2.id, 'WITHDRAWN', at('2026-04-01T00:00', 6));
  await review(p2.id, 'SUBMITTED', at('2026-04-01T00:00', 7));
  await review(p2.id, 'APPROVED', at('2026-04-01T00:00', 11));
  await review(p3.id, 'SUBMITTED', at('2026-02-01T00:00'));
  await review(p3.id, 'APPROVED', at('2026-02-01T00:00', 30));

  const everyone = [...full, part, trainee, ...company, civil];

  // Cards made (one active card per lawyer), by Shanghai month: March 2 (one at 00:30 on 1 March), April 1 (00:30 on 1 April),
  // May 1 (23:59 on 31 May); outside: 23:30 on 28 February, 00:00 on 1 June.
  const cardTimes = [
    at('2026-02-28T16:30'),
    at('2026-03-15T04:00'),
    at('2026-03-31T16:30'),
    at('2026-05-31T15:59'),
    at('2026-02-28T15:30'),
    at('2026-05-31T16:00'),
  ];
  for (const [i, createdAt] of cardTimes.entries())
    await p.card.create({
      data: { lawyerId: everyone[i]!.lawyer.id, createdAt, issuedAt: createdAt },
    });

  // Card applications: accepted after 3 h, rejected after 20 h (in the range); decided outside,
  // or not yet: not counted.
  // One open application per lawyer: each of its own lawyer.
  let applicant = 0;
  const cardApplication = async (createdAt: Date, events: [string, number][]) => {
    const a = await p.cardApplication.create({
      data: {
        lawyerId: everyone[applicant++]!.lawyer.id,
        kind: 'FIRST',
        data: {},
        photoKey: 'photos/x.jpg',
        createdAt,
      },
    });
    await p.cardApplicationEvent.create({
      data: {
        applicationId: a.id,
        action: 'apply',
        toState: 'PENDING',
        actorName: '测试',
        createdAt,
      },
    });
    for (const [toState, hours] of events)
      await p.cardApplicationEvent.create({
        data: {
          applicationId: a.id,
          action: toState.toLowerCase(),
          toState: toState as 'ACCEPTED',
          actorName: '测试',
          createdAt: new Date(createdAt.getTime() + hours * HOUR),
        },
      });
  };
  await cardApplication(at('2026-03-05T00:00'), [
    ['ACCEPTED', 3],
    ['PRINTED', 50],
  ]);
  await cardApplication(at('2026-04-01T00:00'), [['REJECTED', 20]]);
  await cardApplication(at('2026-02-20T00:00'), [['ACCEPTED', 24]]);
  await cardApplication(at('2026-05-30T00:00'), [['ACCEPTED', 72]]);
  await cardApplication(at('2026-04-10T00:00'), []);

  // Certificates: approved after 6 h (April, issued), rejected after 30 h, approved after 12 h
  // (May, issued); pending, and approved in June: not counted.
  const type = await p.certificateType.findFirstOrThrow();
  let serial = 0;
  const certificate = async (state: string, createdAt: Date, hours: number | null) => {
    const reviewedAt = hours === null ? null : new Date(createdAt.getTime() + hours * HOUR);
    const a = await p.certificateApplication.create({
      data: {
        typeId: type.id,
        accountId: full[2]!.account.id,
        state: state as 'APPROVED',
        template: {},
        applicant: {},
        values: {},
        lawyers: [],
        contactEmail: 'a@example.cn',
        reviewedAt,
        createdAt,
      },
    });
    if (state === 'APPROVED')
      await p.certificate.create({
        data: {
          number: `TEST-${++serial}`,
          applicationId: a.id,
          typeName: type.name,
          holderName: '测试',
          issuedAt: reviewedAt!,
          expiresAt: new Date(reviewedAt!.getTime() + 30 * 24 * HOUR),
          fileKey: `certificates/${serial}.pdf`,
          sha256: `sha-${serial}`,
        },
      });
  };
  await certificate('APPROVED', at('2026-04-10T00:00'), 6);
  await certificate('REJECTED', at('2026-04-20T00:00'), 30);
  await certificate('APPROVED', at('2026-05-10T00:00'), 12);
  await certificate('PENDING', at('2026-05-11T00:00'), null);
  await certificate('APPROVED', at('2026-06-15T00:00'), 1);

  // Tickets by age (now): < 1 天 OPEN + IN_PROGRESS, 1–3 天 OPEN, 3–7 天 ANSWERED, > 7 天 OPEN +
  // IN_PROGRESS; closed and cancelled ones are not open.
  const now = Date.now();
  for (const [state, hours] of [
    ['OPEN', 2],
    ['IN_PROGRESS', 2],
    ['OPEN', 30],
    ['ANSWERED', 100],
    ['OPEN', 200],
    ['IN_PROGRESS', 200],
    ['CLOSED', 200],
    ['CANCELLED', 2],
  ] as const)
    await p.ticket.create({
      data: {
        accountId: part.account.id,
        category: '其他',
        title: '测试工单',
        description: '测试',
        state,
        createdAt: new Date(now - hours * HOUR),
      },
    });

  // Events: March (places 4: 已签到 2, 缺席 1, 已报名 1; cancelled and waitlisted hold none),
  // May (places 2: 已签到 1, 已请假 1); July: outside the range.
  const event = async (startsAt: Date, states: RegistrationState[]) => {
    const e = await makeEvent(p, {
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      registrationOpensAt: new Date(startsAt.getTime() - 240 * HOUR),
      registrationClosesAt: new Date(startsAt.getTime() - 24 * HOUR),
      state: 'FINISHED',
    });
    let i = 0;
    for (const state of states) {
      const who = everyone[i++]!;
      await p.eventRegistration.create({
        data: {
          eventId: e.id,
          accountId: who.account.id,
          lawyerId: who.lawyer.id,
          state,
          name: who.lawyer.name,
          gender: 'MALE',
          workplace: '测试律师事务所',
          mobile: '13900000000',
          email: 'x@example.cn',
          checkInCode: String(i).padStart(4, '0'),
        },
      });
    }
  };
  await event(at('2026-03-10T02:00'), [
    'ATTENDED',
    'ATTENDED',
    'NO_SHOW',
    'REGISTERED',
    'CANCELLED',
    'WAITLISTED',
  ]);
  await event(at('2026-05-20T02:00'), ['ATTENDED', 'ON_LEAVE']);
  await event(at('2026-07-01T02:00'), ['ATTENDED']);

  // Training this year: FULL_TIME needs 10 hours, one of the three has them; the other
  // categories have no requirement (met). 6 of 8.
  const year = trainingYearOf(new Date());
  await p.trainingRequirement.create({ data: { year, category: 'FULL_TIME', totalHours: 10 } });
  for (const who of [full[0]!, gone])
    await p.trainingEntry.create({
      data: {
        lawyerId: who.lawyer.id,
        date: new Date(trainingYearDays(year).from),
        title: '测试课程',
        organiser: '测试市律师协会',
        kind: 'ONSITE',
        hours: 10,
        source: 'MANUAL',
      },
    });
}

beforeAll(async () => {
  t = await startTestApp();
  await buildFixture();
  const res = await (await staffClient(t, ['MEMBER_ADMIN'])).get(`/api/admin/statistics?${RANGE}`);
  expect(res.statusCode, res.body).toBe(200);
  report = res.json<Statistics>();
});
afterAll(() => t.close());

describe('the figures, counted by hand', () => {
  it('the range as asked', () => {
    expect(report.range).toEqual({ from: '2026-03-01', to: '2026-05-31' });
  });

  it('practising lawyers by category and by organisation kind; active organisations by kind', () => {
    expect(report.members.byCategory).toEqual([
      { category: 'FULL_TIME', lawyers: 3 },
      { category: 'PART_TIME', lawyers: 1 },
      { category: 'COMPANY', lawyers: 2 },
      { category: 'PUBLIC', lawyers: 1 },
      { category: 'LEGAL_AID', lawyers: 0 },
      { category: 'TRAINEE', lawyers: 1 },
    ]);
    expect(report.members.byOrganisationKind).toEqual([
      { kind: 'LAW_FIRM', lawyers: 5, organisations: 1 },
      { kind: 'COMPANY_OFFICE', lawyers: 2, organisations: 1 },
      { kind: 'PUBLIC_OFFICE', lawyers: 1, organisations: 1 },
    ]);
  });

  it('profile completion as shares of the practising lawyers (no profile: 未提交)', () => {
    expect(report.profiles).toEqual({
      lawyers: 8,
      states: [
        { state: 'DRAFT', lawyers: 3, share: 3 / 8 },
        { state: 'SUBMITTED', lawyers: 1, share: 1 / 8 },
        { state: 'APPROVED', lawyers: 3, share: 3 / 8 },
        { state: 'REJECTED', lawyers: 1, share: 1 / 8 },
      ],
    });
  });

  it('cards and certificates issued per Shanghai month, every month of the range', () => {
    expect(report.issued).toEqual([
      { month: '2026-03', cards: 2, certificates: 0 },
      { month: '2026-04', cards: 1, certificates: 1 },
      { month: '2026-05', cards: 1, certificates: 1 },
    ]);
  });

  it('review lead times: median and p90 in hours of the decisions in the range', () => {
    expect(report.leadTimes).toEqual([
      // 2, 4, 10 h
      { kind: 'PROFILE', decisions: 3, medianHours: 4, p90Hours: 8.8 },
      // 3, 20 h
      { kind: 'CARD', decisions: 2, medianHours: 11.5, p90Hours: 18.3 },
      // 6, 12, 30 h
      { kind: 'CERTIFICATE', decisions: 3, medianHours: 12, p90Hours: 26.4 },
    ]);
  });

  it('open tickets by age and state', () => {
    expect(report.openTickets).toEqual([
      { age: 'UNDER_1_DAY', OPEN: 1, IN_PROGRESS: 1, ANSWERED: 0, total: 2 },
      { age: 'DAYS_1_3', OPEN: 1, IN_PROGRESS: 0, ANSWERED: 0, total: 1 },
      { age: 'DAYS_3_7', OPEN: 0, IN_PROGRESS: 0, ANSWERED: 1, total: 1 },
      { age: 'OVER_7_DAYS', OPEN: 1, IN_PROGRESS: 1, ANSWERED: 0, total: 2 },
    ]);
  });

  it('registrations, attendance and no-shows by the month the event starts', () => {
    expect(report.events).toEqual([
      { month: '2026-03', registered: 4, attended: 2, noShow: 1 },
      { month: '2026-04', registered: 0, attended: 0, noShow: 0 },
      { month: '2026-05', registered: 2, attended: 1, noShow: 0 },
    ]);
  });

  it("the share of practising lawyers meeting this year's training requirement", () => {
    expect(report.training).toEqual({
      year: trainingYearOf(new Date()),
      lawyers: 8,
      compliant: 6,
      behind: 2,
      share: 0.75,
    });
  });
});

describe('the range', () => {
  let admin: TestClient;
  beforeAll(async () => {
    admin = await staffClient(t, ['ADMINISTRATOR']);
  });

  it('defaults to this month and the eleven before it', async () => {
    const res = await admin.get('/api/admin/statistics');
    expect(res.statusCode, res.body).toBe(200);
    const today = formatDate(new Date());
    const [y, m] = today.split('-').map(Number) as [number, number];
    const first = m === 12 ? `${y}-01-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}-01`;
    const body = res.json<Statistics>();
    expect(body.range).toEqual({ from: first, to: today });
    expect(body.issued).toHaveLength(12);
    expect(body.events.map((e) => e.month)).toEqual(body.issued.map((i) => i.month));
  });

  it('a narrower range counts only its own days', async () => {
    const res = await admin.get('/api/admin/statistics?from=2026-04-01&to=2026-04-30');
    const body = res.json<Statistics>();
    expect(body.issued).toEqual([{ month: '2026-04', cards: 1, certificates: 1 }]);
    expect(body.leadTimes.map((l) => l.decisions)).toEqual([2, 1, 2]);
  });

  it.each([
    ['from=2026-05-01&to=2026-04-30', { to: '结束日期不能早于开始日期' }],
    ['from=2020-01-01&to=2025-01-01', { to: '统计区间不能超过 5 年' }],
    ['from=2026-02-30&to=2026-03-31', { from: '开始日期不是有效日期' }],
    ['from=2026-01-01&to=2026/03/31', { to: '结束日期格式应为 yyyy-MM-dd' }],
  ])('refuses %s on its field, in Chinese', async (query, fieldErrors) => {
    const res = await admin.get(`/api/admin/statistics?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual(fieldErrors);
  });

  it('five years less a day is allowed', async () => {
    const res = await admin.get('/api/admin/statistics?from=2020-01-01&to=2024-12-31');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Statistics>().issued).toHaveLength(60);
  });
});

describe('who may read the statistics', () => {
  it('the administrator and the 会员管理员; no other role; members 403; anonymous 401', async () => {
    const url = `/api/admin/statistics?${RANGE}`;
    const roles: [StaffRoleCode, number][] = [
      ['ADMINISTRATOR', 200],
      ['MEMBER_ADMIN', 200],
      ['PROFILE_REVIEWER', 403],
      ['CARD_OFFICER', 403],
      ['CERTIFICATE_REVIEWER', 403],
      ['EVENTS_OFFICER', 403],
      ['DOCUMENTS_CLERK', 403],
      ['SUPPORT_AGENT', 403],
    ];
    for (const [role, status] of roles)
      expect((await (await staffClient(t, [role])).get(url)).statusCode, role).toBe(status);
    expect((await (await signedInLawyer(t)).client.get(url)).statusCode).toBe(403);
    expect((await new TestClient(t.app).get(url)).statusCode).toBe(401);
  });
});
