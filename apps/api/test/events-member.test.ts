import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/lib/passwords.ts';
import { expireDueOffers } from '../src/modules/events/event-places.ts';
import { registerForEvent } from '../src/modules/events/event-registrations.ts';
import { makeLawyer, makeOrganisation } from './support/factories.ts';
import { makeEvent as makeAnyEvent, registrationForm } from './support/events.ts';
import { formData } from './support/multipart.ts';
import { signedInLawyer, signedInOrganisation, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';
import { onPostgres } from './support/test-database.ts';

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const HOUR = 3600_000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** The registration form with one attachment, as the page sends it. */
const withAttachment = (fields = registrationForm()) =>
  formData([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    { name: 'attachments', filename: '报名材料.pdf', type: 'application/pdf', bytes: PDF },
  ]);

/** An open event for full-time lawyers and law firms: registration closes in 2 days. */
const makeEvent: typeof makeAnyEvent = (prisma, overrides = {}) =>
  makeAnyEvent(prisma, { scopeOrganisations: ['LAW_FIRM'], ...overrides });

const register = (client: TestClient, eventId: string, fields = registrationForm()) =>
  client.post(`/api/events/${eventId}/registrations`, fields);

describe('正在报名的活动 and the event detail', () => {
  it('lists open events in the member’s scope only, with places left', async () => {
    const { client } = await signedInLawyer(t);
    const open = await makeEvent(t.prisma, { capacity: 7, placesTaken: 2 });
    const otherScope = await makeEvent(t.prisma, {
      scopePractice: ['TRAINEE'],
      scopeOrganisations: [],
    });
    const draft = await makeEvent(t.prisma, { state: 'DRAFT' });
    const closed = await makeEvent(t.prisma, {
      registrationOpensAt: new Date(Date.now() - 5 * HOUR),
      registrationClosesAt: new Date(Date.now() - HOUR),
    });
    const page = (await client.get('/api/events?tab=open&pageSize=100')).json();
    const ids = page.items.map((e: { id: string }) => e.id);
    expect(ids).toContain(open.id);
    for (const hidden of [otherScope, draft, closed]) expect(ids).not.toContain(hidden.id);
    const item = page.items.find((e: { id: string }) => e.id === open.id);
    expect(item).toMatchObject({
      placesLeft: 5,
      scopeLabel: '专职律师,全部律师事务所',
      register: { open: true },
      registrations: [],
    });

    expect((await client.get(`/api/events/${draft.id}`)).statusCode).toBe(404);
    expect((await client.get(`/api/events/${otherScope.id}`)).statusCode).toBe(404);
    const detail = (await client.get(`/api/events/${closed.id}`)).json();
    expect(detail.register.open).toBe(false);
    expect(detail.register.reason).toMatch(/^报名已于 \d{4}年\d{2}月\d{2}日 \d{2}:\d{2} 截止$/);
  });

  it('is for lawyers and firms: staff are refused and the signed-out asked to sign in', async () => {
    const event = await makeEvent(t.prisma);
    const staff = await staffClient(t, ['EVENTS_OFFICER']);
    const anonymous = new TestClient(t.app);
    for (const url of ['/api/events', `/api/events/${event.id}`, '/api/events/suspension']) {
      expect((await staff.get(url)).statusCode).toBe(403);
      expect((await anonymous.get(url)).statusCode).toBe(401);
    }
    expect((await register(staff, event.id)).statusCode).toBe(403);
  });
});

describe('提交报名申请', () => {
  it('registers with an attachment once; a second click is told it is already registered', async () => {
    const { client } = await signedInLawyer(t);
    const event = await makeEvent(t.prisma, { capacity: 3 });
    const body = withAttachment();
    const res = await client.request('POST', `/api/events/${event.id}/registrations`, body);
    expect(res.statusCode).toBe(201);
    const registration = res.json();
    expect(registration).toMatchObject({
      state: 'REGISTERED',
      name: '张三',
      waitlistPosition: null,
      cancel: { open: true },
      requestLeave: { open: false },
    });
    expect(registration.checkInCode).toMatch(/^\d{6}$/);
    expect(registration.attachments).toEqual([
      expect.objectContaining({ filename: '报名材料.pdf', contentType: 'application/pdf' }),
    ]);

    const again = await register(client, event.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('您已经报名此活动');
    expect(await t.prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(1);

    const detail = (await client.get(`/api/events/${event.id}`)).json();
    expect(detail.placesLeft).toBe(2);
    expect(detail.registrations.map((r: { id: string }) => r.id)).toEqual([registration.id]);

    const file = await client.get(`/api/event-attachments/${registration.attachments[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    const other = await signedInLawyer(t);
    const stolen = await other.client.get(
      `/api/event-attachments/${registration.attachments[0].id}`,
    );
    expect(stolen.statusCode).toBe(404);
    expect(
      (await other.client.post(`/api/event-registrations/${registration.id}/cancel`)).statusCode,
    ).toBe(404);
  });

  it('refuses a bad form on its fields, a missing attachment, another scope and a closed window', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    const event = await makeEvent(t.prisma, { attachmentsRequired: true });
    const bad = await register(client, event.id, registrationForm({ mobile: '123', email: 'x' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors).toMatchObject({
      mobile: '手机号码应为 11 位数字，以 1 开头',
      email: '电子邮箱格式不正确',
    });
    const noFile = await register(client, event.id);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().fieldErrors).toEqual({ attachments: '请上传报名材料' });

    const trainees = await makeEvent(t.prisma, {
      scopePractice: ['TRAINEE'],
      scopeOrganisations: [],
    });
    const outOfScope = await register(client, trainees.id);
    expect(outOfScope.statusCode).toBe(403);
    expect(outOfScope.json().message).toBe('本次活动报名不对您开放，请查看报名范围');

    const later = await makeEvent(t.prisma, {
      registrationOpensAt: new Date(Date.now() + HOUR),
    });
    const early = await register(client, later.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/^报名尚未开始，请于 .+ 后报名$/);
    expect(await t.prisma.eventRegistration.count({ where: { lawyerId: lawyer.id } })).toBe(0);
    expect(
      await t.prisma.eventAttachment.count({ where: { registration: { eventId: event.id } } }),
    ).toBe(0);
  });

  it('a firm registers its own lawyers up to 每人限报, never someone else’s', async () => {
    const firm = await signedInOrganisation(t);
    const event = await makeEvent(t.prisma, { perAccountLimit: 2 });
    const mine = await Promise.all(
      [0, 1, 2].map(() => makeLawyer(t.prisma, { organisationId: firm.organisation.id })),
    );
    const stranger = await makeLawyer(t.prisma);
    const forLawyer = (id: string) => registrationForm({ lawyerId: id });

    const missing = await register(firm.client, event.id);
    expect(missing.json().fieldErrors).toEqual({ lawyerId: '请选择参加人员' });
    const foreign = await register(firm.client, event.id, forLawyer(stranger.lawyer.id));
    expect(foreign.json().fieldErrors).toEqual({ lawyerId: '参加人员不是本机构在执业的律师' });

    expect((await register(firm.client, event.id, forLawyer(mine[0]!.lawyer.id))).statusCode).toBe(
      201,
    );
    expect((await register(firm.client, event.id, forLawyer(mine[1]!.lawyer.id))).statusCode).toBe(
      201,
    );
    const third = await register(firm.client, event.id, forLawyer(mine[2]!.lawyer.id));
    expect(third.statusCode).toBe(409);
    expect(third.json().message).toBe('本次活动每人限报 2 个，您的报名已满');
    expect(await t.prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(2);
  });

  it('refuses a suspended lawyer with the date and the way to object', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    const event = await makeEvent(t.prisma);
    const until = new Date(Date.now() + 30 * 24 * HOUR);
    await t.prisma.eventSuspension.create({
      data: {
        lawyerId: lawyer.id,
        startsAt: new Date(Date.now() - HOUR),
        until,
        registrationIds: [],
      },
    });
    const res = await register(client, event.id);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(
      /^因无故缺席 0 次，网上报名已暂停至 .+；如有异议，请提交工单$/,
    );
    const own = (await client.get('/api/events/suspension')).json();
    expect(own.suspension).toMatchObject({ until: until.toISOString(), events: [] });
  });
});

describe('候补 (waitlist)', () => {
  it('queues when full, offers a freed place to the first in line, who accepts', async () => {
    const event = await makeEvent(t.prisma, { capacity: 1, offerHours: 12 });
    const [first, second, third] = await Promise.all([0, 1, 2].map(() => signedInLawyer(t)));
    const placed = (await register(first!.client, event.id)).json();
    expect(placed.state).toBe('REGISTERED');
    const waiting = (await register(second!.client, event.id)).json();
    expect(waiting).toMatchObject({ state: 'WAITLISTED', waitlistPosition: 1 });
    const last = (await register(third!.client, event.id)).json();
    expect(last).toMatchObject({ state: 'WAITLISTED', waitlistPosition: 2 });

    const cancelled = await first!.client.post(`/api/event-registrations/${placed.id}/cancel`);
    expect(cancelled.json().state).toBe('CANCELLED');
    const offered = await t.prisma.eventRegistration.findUniqueOrThrow({
      where: { id: waiting.id },
    });
    expect(offered.state).toBe('OFFERED');
    const hours = (offered.offerExpiresAt!.getTime() - offered.offeredAt!.getTime()) / HOUR;
    expect(hours).toBe(12);
    expect(
      await t.prisma.notification.count({
        where: { accountId: second!.account.id, title: { startsWith: '候补名额' } },
      }),
    ).toBe(1);
    expect(
      await t.prisma.smsMessage.count({
        where: { accountId: second!.account.id, purpose: '活动候补' },
      }),
    ).toBe(1);
    const home = (await second!.client.get('/api/home')).json();
    // One count of unread messages, shown on the page and in its work item.
    expect(home.unreadNotifications).toBe(1);
    expect(home.workItems.find((w: { key: string }) => w.key === 'notifications')).toMatchObject({
      count: 1,
    });
    expect(home.workItems.map((w: { title: string }) => w.title)).toContain(
      `候补名额待确认：${event.title}`,
    );
    expect(
      (await third!.client.get(`/api/events/${event.id}`)).json().registrations[0],
    ).toMatchObject({
      waitlistPosition: 1,
    });
    // Nobody else can take the offered place meanwhile.
    const late = await signedInLawyer(t);
    expect((await register(late.client, event.id)).json().state).toBe('WAITLISTED');

    const accepted = await second!.client.post(`/api/event-registrations/${waiting.id}/accept`);
    expect(accepted.json()).toMatchObject({ state: 'REGISTERED', offerExpiresAt: null });
    const again = await second!.client.post(`/api/event-registrations/${waiting.id}/accept`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('当前状态为“已报名”，不能确认报名');
    const row = await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.placesTaken).toBe(1);
  });

  it('passes an offer on when it runs out or is declined', async () => {
    const event = await makeEvent(t.prisma, { capacity: 1 });
    const people = await Promise.all([0, 1, 2].map(() => signedInLawyer(t)));
    const regs = [];
    for (const p of people) regs.push((await register(p.client, event.id)).json());
    await people[0]!.client.post(`/api/event-registrations/${regs[0].id}/cancel`);
    await t.prisma.eventRegistration.update({
      where: { id: regs[1].id },
      data: { offerExpiresAt: new Date(Date.now() - 1000) },
    });
    const lateAccept = await people[1]!.client.post(
      `/api/event-registrations/${regs[1].id}/accept`,
    );
    expect(lateAccept.statusCode).toBe(409);
    expect(lateAccept.json().message).toMatch(/^候补名额已于 .+ 过期$/);
    expect(await expireDueOffers(t.prisma)).toBe(1);
    const states = await t.prisma.eventRegistration.findMany({
      where: { eventId: event.id },
      orderBy: { createdAt: 'asc' },
      select: { state: true },
    });
    expect(states.map((s) => s.state)).toEqual(['CANCELLED', 'OFFER_EXPIRED', 'OFFERED']);
    const declined = await people[2]!.client.post(`/api/event-registrations/${regs[2].id}/decline`);
    expect(declined.json().state).toBe('CANCELLED');
    expect((await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).placesTaken).toBe(
      0,
    );
  });

  it('without a waitlist, a full event says so', async () => {
    const event = await makeEvent(t.prisma, { capacity: 1, waitlist: false });
    const [a, b] = await Promise.all([signedInLawyer(t), signedInLawyer(t)]);
    expect((await register(a.client, event.id)).statusCode).toBe(201);
    const full = await register(b.client, event.id);
    expect(full.statusCode).toBe(409);
    expect(full.json().message).toBe('名额已满，报名已截止');
  });
});

describe('取消报名 and 请假 windows', () => {
  it('cancels until 24 hours before the close, then refuses with the deadline', async () => {
    const { client } = await signedInLawyer(t);
    const event = await makeEvent(t.prisma);
    const registration = (await register(client, event.id)).json();
    // Registration now closes in 23 hours: the cancel deadline has passed.
    await t.prisma.event.update({
      where: { id: event.id },
      data: { registrationClosesAt: new Date(Date.now() + 23 * HOUR) },
    });
    const detail = (await client.get(`/api/events/${event.id}`)).json();
    expect(detail.registrations[0].cancel.open).toBe(false);
    const res = await client.post(`/api/event-registrations/${registration.id}/cancel`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(
      /^取消报名需在 .+ 之前进行（报名截止前 24 小时），现已超过期限/,
    );
    expect(
      (await t.prisma.eventRegistration.findUniqueOrThrow({ where: { id: registration.id } }))
        .state,
    ).toBe('REGISTERED');
  });

  it('asks for leave after the close with a reason and an attachment, once', async () => {
    const { client } = await signedInLawyer(t);
    const event = await makeEvent(t.prisma);
    const registration = (await register(client, event.id)).json();
    const leave = (fields: Record<string, string>, withFile = true) =>
      client.request(
        'POST',
        `/api/event-registrations/${registration.id}/leave`,
        formData([
          ...Object.entries(fields).map(([name, value]) => ({ name, value })),
          ...(withFile
            ? [{ name: 'attachments', filename: '请假条.pdf', type: 'application/pdf', bytes: PDF }]
            : []),
        ]),
      );
    const early = await leave({ reason: '工作冲突' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toMatch(/^请假自报名截止/);

    // Registration closed an hour ago; the event starts in 2 days.
    await t.prisma.event.update({
      where: { id: event.id },
      data: {
        registrationClosesAt: new Date(Date.now() - HOUR),
        startsAt: new Date(Date.now() + 48 * HOUR),
        endsAt: new Date(Date.now() + 50 * HOUR),
      },
    });
    expect((await leave({ reason: '想去' })).json().fieldErrors).toEqual({
      reason: '请选择请假原因',
    });
    expect((await leave({ reason: '工作冲突' }, false)).json().fieldErrors).toEqual({
      attachments: '请上传请假附件',
    });
    const asked = await leave({ reason: '身体原因', detail: '住院' });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({
      state: 'REGISTERED',
      leave: { state: 'PENDING', reason: '身体原因', detail: '住院' },
      requestLeave: { open: false, reason: '请假申请正在审核' },
    });
    const twice = await leave({ reason: '身体原因' });
    expect(twice.statusCode).toBe(409);
    expect(await t.prisma.eventLeave.count({ where: { registrationId: registration.id } })).toBe(1);
  });

  it('gives an .ics of the registration', async () => {
    const { client } = await signedInLawyer(t);
    const event = await makeEvent(t.prisma, { title: '执业培训：合同, 纠纷;实务' });
    const registration = (await register(client, event.id)).json();
    const res = await client.get(`/api/event-registrations/${registration.id}/calendar.ics`);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const body = res.body.replace(/\r\n /g, '');
    expect(body).toContain('SUMMARY:执业培训：合同\\, 纠纷\\;实务');
    expect(body).toContain(
      `DTSTART:${event.startsAt
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}`,
    );
    expect(body).toContain(`签到码：${registration.checkInCode}`);
    for (const line of res.body.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

/** Lawyers with accounts, made in bulk (no sign-in: the race calls the service directly). */
async function bulkLawyers(n: number) {
  const organisation = await makeOrganisation(t.prisma);
  const passwordHash = await hashPassword('unused-123456');
  const ids = Array.from({ length: n }, (_, i) => i);
  const stamp = Date.now().toString().slice(-7);
  const accounts = await t.prisma.account.createManyAndReturn({
    data: ids.map((i) => ({ kind: 'LAWYER' as const, displayName: `并发${i}`, passwordHash })),
  });
  const lawyers = await t.prisma.lawyer.createManyAndReturn({
    data: accounts.map((account, i) => ({
      name: `并发${i}`,
      gender: 'MALE' as const,
      idNo: `RACE${stamp}${String(i).padStart(5, '0')}`,
      memberNo: `RACE${stamp}${i}`,
      practiceCategory: 'FULL_TIME' as const,
      authority: '测试',
      organisationId: organisation.organisation.id,
      accountId: account.id,
    })),
  });
  return lawyers.map((l) => ({ accountId: l.accountId!, lawyerId: l.id, organisationId: null }));
}

const actor = { accountId: null, name: '测试' };
const input = {
  ...registrationForm(),
  gender: 'MALE' as const,
  position: undefined,
  phone: undefined,
};

describe.runIf(onPostgres())('a rush on PostgreSQL', () => {
  it('500 lawyers at once for 50 places: exactly 50 registered, the rest waitlisted, 0 errors', async () => {
    const event = await makeEvent(t.prisma, { capacity: 50 });
    const members = await bulkLawyers(500);
    const results = await Promise.allSettled(
      members.map((member) =>
        registerForEvent({
          prisma: t.prisma,
          storage: t.app.storage,
          member,
          eventId: event.id,
          input,
          files: [],
          actor,
        }),
      ),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toEqual([]);
    const states = results.map((r) => (r as PromiseFulfilledResult<{ state: string }>).value.state);
    expect(states.filter((s) => s === 'REGISTERED')).toHaveLength(50);
    expect(states.filter((s) => s === 'WAITLISTED')).toHaveLength(450);
    const row = await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.placesTaken).toBe(50);
    expect(
      await t.prisma.eventRegistration.count({ where: { eventId: event.id, state: 'REGISTERED' } }),
    ).toBe(50);
  }, 120_000);

  it('one lawyer sending 20 at once gets one registration', async () => {
    const event = await makeEvent(t.prisma, { capacity: 50 });
    const [member] = await bulkLawyers(1);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        registerForEvent({
          prisma: t.prisma,
          storage: t.app.storage,
          member: member!,
          eventId: event.id,
          input,
          files: [],
          actor,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(refusals.every((e) => e.code === 'CONFLICT' && e.message === '您已经报名此活动')).toBe(
      true,
    );
    expect(await t.prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(1);
    expect((await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).placesTaken).toBe(
      1,
    );
  }, 60_000);
});
