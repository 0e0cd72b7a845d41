import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '@lx/shared/dates';
import { makeEvent, makeLeave, makeRegistration } from './support/events.ts';
import { makeLawyer } from './support/factories.ts';
import { signedInStaff } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// The staff side of 活动报名 (issue 12): events, their registrations and the export, access.

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

let t: Started;
let officer: TestClient;
let officerId: string;
beforeAll(async () => {
  t = await startTestApp();
  const made = await signedInStaff(t, ['EVENTS_OFFICER']);
  officer = made.client;
  officerId = made.account.id;
});
afterAll(() => t.close());

function eventInput(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    title: '2026年度律师执业培训',
    organiser: '测试市律师协会',
    guests: '张教授',
    location: '测试路 1 号会议厅',
    startsAt: iso(now + 10 * DAY),
    endsAt: iso(now + 10 * DAY + 2 * HOUR),
    registrationOpensAt: iso(now - DAY),
    registrationClosesAt: iso(now + 9 * DAY),
    capacity: 50,
    perAccountLimit: 1,
    scopePractice: ['FULL_TIME'],
    scopeOrganisations: ['LAW_FIRM'],
    notice: '请携带执业证',
    summary: '年度必修课程',
    precautions: '请提前 15 分钟入场',
    attachmentsRequired: false,
    waitlist: true,
    offerHours: 12,
    trainingHours: 2.5,
    trainingKind: 'ONSITE',
    ...overrides,
  };
}

/** The event's form fields as the API returns them, for a PUT. */
function inputOf(event: Record<string, unknown>) {
  const keys = Object.keys(eventInput());
  return Object.fromEntries(keys.map((k) => [k, event[k] ?? undefined]));
}

async function readWorkbook(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; Node's is the one it reads.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function auditOf(entityId: string) {
  return t.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: 'asc' } });
}

describe('access: every staff route of events', () => {
  it('SUPPORT_AGENT 403, signed out 401, EVENTS_OFFICER and ADMINISTRATOR let through', async () => {
    const event = await makeEvent(t.prisma);
    const { registration } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
    });
    const leave = await makeLeave(t.prisma, { registrationId: registration.id });
    const lawyer = await makeLawyer(t.prisma);
    const suspension = await t.prisma.eventSuspension.create({
      data: {
        lawyerId: lawyer.lawyer.id,
        startsAt: new Date(),
        until: new Date(Date.now() + 30 * DAY),
        registrationIds: [],
      },
    });
    await t.app.storage.put(
      'event-attachments/access/a.pdf',
      Buffer.from('%PDF-1.4'),
      'application/pdf',
    );
    const attachment = await t.prisma.eventAttachment.create({
      data: {
        registrationId: registration.id,
        filename: '证明.pdf',
        contentType: 'application/pdf',
        size: 8,
        key: 'event-attachments/access/a.pdf',
      },
    });
    const e = `/api/admin/events/${event.id}`;
    const routes: ['GET' | 'POST' | 'PUT', string][] = [
      ['GET', '/api/admin/events'],
      ['POST', '/api/admin/events'],
      ['GET', e],
      ['PUT', e],
      ['POST', `${e}/publish`],
      ['POST', `${e}/cancel`],
      ['GET', `${e}/registrations`],
      ['GET', `${e}/registrations.xlsx`],
      ['POST', `${e}/attendance`],
      ['POST', `${e}/check-in`],
      ['POST', `/api/admin/event-registrations/${registration.id}/undo-attendance`],
      ['POST', `${e}/close-attendance`],
      ['GET', '/api/admin/event-leaves'],
      ['POST', `/api/admin/event-leaves/${leave.id}/approve`],
      ['POST', `/api/admin/event-leaves/${leave.id}/reject`],
      ['GET', '/api/admin/event-suspensions'],
      ['POST', `/api/admin/event-suspensions/${suspension.id}/lift`],
      ['GET', '/api/admin/event-settings'],
      ['PUT', '/api/admin/event-settings'],
      ['GET', `/api/admin/event-attachments/${attachment.id}`],
    ];
    // Every route of the module is in the list: a new one cannot go untested here.
    const declared = t.app
      .routeTable()
      .filter((r) => /^\/api\/admin\/event/.test(r.url) && r.method !== 'HEAD');
    expect(declared).toHaveLength(routes.length);
    for (const r of declared) expect(r.access).toEqual({ permission: 'event.manage' });

    const support = (await signedInStaff(t, ['SUPPORT_AGENT'])).client;
    const admin = (await signedInStaff(t, ['ADMINISTRATOR'])).client;
    const anonymous = new TestClient(t.app);
    for (const [method, url] of routes) {
      // An empty body: the writes answer 400 (or 409) to the officer, never 401/403.
      const send = (c: TestClient) => c.request(method, url, method === 'GET' ? {} : { body: {} });
      const audited = await t.prisma.auditEntry.count();
      expect((await send(anonymous)).statusCode, `anonymous ${method} ${url}`).toBe(401);
      expect((await send(support)).statusCode, `support ${method} ${url}`).toBe(403);
      // The refused changed nothing.
      expect(await t.prisma.auditEntry.count()).toBe(audited);
      for (const [who, client] of [
        ['officer', officer],
        ['admin', admin],
      ] as const) {
        const status = (await send(client)).statusCode;
        if (method === 'GET') expect(status, `${who} ${method} ${url}`).toBe(200);
        else expect([200, 400, 409], `${who} ${method} ${url} → ${status}`).toContain(status);
      }
    }
  });
});

describe('events: create, read, list, edit, publish', () => {
  it('creates a draft with every field, audited, and reads it back with counts', async () => {
    const res = await officer.post('/api/admin/events', eventInput());
    expect(res.statusCode).toBe(200);
    const event = res.json();
    expect(event).toMatchObject({
      state: 'DRAFT',
      title: '2026年度律师执业培训',
      guests: '张教授',
      capacity: 50,
      trainingHours: 2.5,
      trainingKind: 'ONSITE',
      placesTaken: 0,
      version: 0,
      cancelReason: null,
    });
    expect(event.counts).toMatchObject({ REGISTERED: 0, WAITLISTED: 0, CANCELLED: 0 });
    const read = (await officer.get(`/api/admin/events/${event.id}`)).json();
    expect(read).toEqual(event);
    const row = await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.createdById).toBe(officerId);
    const audit = await auditOf(event.id);
    expect(audit.map((a) => a.action)).toEqual(['event.created']);
    expect(audit[0]!.after).toMatchObject({ title: '2026年度律师执业培训', state: 'DRAFT' });
  });

  it('refuses an invalid event on its field and saves nothing', async () => {
    const before = await t.prisma.event.count();
    const now = Date.now();
    const res = await officer.post('/api/admin/events', eventInput({ endsAt: iso(now + 9 * DAY) }));
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ endsAt: '活动结束时间应晚于开始时间' });
    expect(await t.prisma.event.count()).toBe(before);
  });

  it('an unknown event is 404', async () => {
    const res = await officer.get('/api/admin/events/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe('活动不存在或无权查看');
  });

  it('lists newest first with counts per event state and per registration state', async () => {
    const tag = `列表${Date.now()}`;
    const older = await makeEvent(t.prisma, {
      title: `${tag}甲`,
      createdAt: new Date(Date.now() - 2 * HOUR),
    });
    const newer = await makeEvent(t.prisma, {
      title: `${tag}乙`,
      state: 'DRAFT',
      createdAt: new Date(Date.now() - HOUR),
    });
    await makeEvent(t.prisma, { title: `${tag}丙`, state: 'CANCELLED' });
    await makeRegistration(t.prisma, { eventId: older.id, state: 'REGISTERED' });
    await makeRegistration(t.prisma, { eventId: older.id, state: 'REGISTERED' });
    await makeRegistration(t.prisma, { eventId: older.id, state: 'WAITLISTED' });

    const all = (await officer.get(`/api/admin/events?q=${encodeURIComponent(tag)}`)).json();
    expect(all.total).toBe(3);
    expect(all.items.map((e: { title: string }) => e.title)).toEqual([
      `${tag}丙`,
      `${tag}乙`,
      `${tag}甲`,
    ]);
    expect(all.counts).toEqual({ DRAFT: 1, PUBLISHED: 1, FINISHED: 0, CANCELLED: 1 });
    const olderItem = all.items.find((e: { id: string }) => e.id === older.id);
    expect(olderItem.counts).toMatchObject({ REGISTERED: 2, WAITLISTED: 1, ATTENDED: 0 });
    expect(olderItem.placesTaken).toBe(2);
    expect(olderItem).not.toHaveProperty('summary');

    const drafts = (
      await officer.get(`/api/admin/events?state=DRAFT&q=${encodeURIComponent(tag)}`)
    ).json();
    expect(drafts.items.map((e: { id: string }) => e.id)).toEqual([newer.id]);
    // The counts stay those of the search, whatever state is shown.
    expect(drafts.counts).toEqual(all.counts);

    const paged = (
      await officer.get(`/api/admin/events?q=${encodeURIComponent(tag)}&page=2&pageSize=2`)
    ).json();
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items.map((e: { id: string }) => e.id)).toEqual([older.id]);
  });

  it('edits with the version read; a stale version is refused and changes nothing', async () => {
    const created = (await officer.post('/api/admin/events', eventInput())).json();
    const edited = await officer.put(`/api/admin/events/${created.id}`, {
      version: created.version,
      event: { ...inputOf(created), title: '改名后的培训', capacity: 60 },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: '改名后的培训', capacity: 60, version: 1 });

    const stale = await officer.put(`/api/admin/events/${created.id}`, {
      version: created.version,
      event: { ...inputOf(created), title: '旧版本的修改' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toBe('活动已被他人修改，请刷新后重试');
    const row = await t.prisma.event.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.title).toBe('改名后的培训');
    expect(row.version).toBe(1);

    const audit = await auditOf(created.id);
    expect(audit.map((a) => a.action)).toEqual(['event.created', 'event.updated']);
    expect(audit[1]!.before).toEqual({ title: '2026年度律师执业培训', capacity: 50 });
    expect(audit[1]!.after).toEqual({ title: '改名后的培训', capacity: 60 });
  });

  it('publishes a draft once; a cancelled or finished event cannot be edited', async () => {
    const created = (await officer.post('/api/admin/events', eventInput())).json();
    const published = await officer.post(`/api/admin/events/${created.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ state: 'PUBLISHED', version: 1 });
    const again = await officer.post(`/api/admin/events/${created.id}/publish`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('活动已发布，不能发布');
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual([
      'event.created',
      'event.publish',
    ]);

    const finished = await makeEvent(t.prisma, { state: 'FINISHED' });
    const res = await officer.put(`/api/admin/events/${finished.id}`, {
      version: finished.version,
      event: eventInput(),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('活动已结束，不能编辑');
  });

  it('a published event stays published when edited', async () => {
    const event = await makeEvent(t.prisma);
    const read = (await officer.get(`/api/admin/events/${event.id}`)).json();
    const res = await officer.put(`/api/admin/events/${event.id}`, {
      version: read.version,
      event: { ...inputOf(read), location: '新地点' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'PUBLISHED', location: '新地点' });
  });
});

describe('capacity of a published event', () => {
  it('may not drop under the places taken: 400 on the capacity field', async () => {
    const event = await makeEvent(t.prisma, { capacity: 3 });
    for (let i = 0; i < 3; i++) {
      await makeRegistration(t.prisma, { eventId: event.id, state: 'REGISTERED' });
    }
    const read = (await officer.get(`/api/admin/events/${event.id}`)).json();
    expect(read.placesTaken).toBe(3);
    const res = await officer.put(`/api/admin/events/${event.id}`, {
      version: read.version,
      event: { ...inputOf(read), capacity: 2 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('报名人数限制不能少于已占名额 3');
    expect(res.json().fieldErrors).toEqual({ 'event.capacity': '报名人数限制不能少于已占名额 3' });
    expect((await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).capacity).toBe(3);
  });

  it('raised on a full event offers the new places to the waitlist, in order, and tells them', async () => {
    const event = await makeEvent(t.prisma, { capacity: 2 });
    await makeRegistration(t.prisma, { eventId: event.id, state: 'REGISTERED' });
    await makeRegistration(t.prisma, { eventId: event.id, state: 'REGISTERED' });
    // Inserted second but waiting longer: the waitlist's order is waitlistedAt, not insertion.
    const second = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'WAITLISTED',
      waitlistedAt: new Date(Date.now() - HOUR),
    });
    const first = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'WAITLISTED',
      waitlistedAt: new Date(Date.now() - 2 * HOUR),
    });
    const firstId = first.registration.id;
    const secondId = second.registration.id;
    const list = (
      await officer.get(`/api/admin/events/${event.id}/registrations?state=WAITLISTED`)
    ).json();
    expect(
      list.items.map((r: { id: string; waitlistPosition: number }) => [r.id, r.waitlistPosition]),
    ).toEqual([
      [secondId, 2],
      [firstId, 1],
    ]);

    const stateOf = async (id: string) =>
      (await t.prisma.eventRegistration.findUniqueOrThrow({ where: { id } })).state;
    let read = (await officer.get(`/api/admin/events/${event.id}`)).json();
    const once = await officer.put(`/api/admin/events/${event.id}`, {
      version: read.version,
      event: { ...inputOf(read), capacity: 3 },
    });
    expect(once.statusCode).toBe(200);
    expect(once.json()).toMatchObject({ placesTaken: 3, capacity: 3 });
    expect(await stateOf(firstId)).toBe('OFFERED');
    expect(await stateOf(secondId)).toBe('WAITLISTED');

    read = once.json();
    const twice = await officer.put(`/api/admin/events/${event.id}`, {
      version: read.version,
      event: { ...inputOf(read), capacity: 4 },
    });
    expect(twice.json()).toMatchObject({ placesTaken: 4, capacity: 4 });
    expect(twice.json().counts).toMatchObject({ REGISTERED: 2, OFFERED: 2, WAITLISTED: 0 });
    expect(await stateOf(secondId)).toBe('OFFERED');

    for (const { lawyer } of [first, second]) {
      const notes = await t.prisma.notification.findMany({
        where: { accountId: lawyer.account.id },
      });
      expect(notes.map((n) => n.title)).toEqual([`候补名额：${event.title}`]);
      const sms = await t.prisma.smsMessage.findMany({ where: { accountId: lawyer.account.id } });
      expect(sms).toHaveLength(1);
      expect(sms[0]).toMatchObject({ purpose: '活动候补', mobile: lawyer.account.mobile });
      expect(sms[0]!.content).toContain(event.title);
    }
  });
});

describe('cancelling an event', () => {
  it('cancels every registration in play at once, frees the places and tells each registrant', async () => {
    const event = await makeEvent(t.prisma, { capacity: 3 });
    const registered = await makeRegistration(t.prisma, { eventId: event.id, state: 'REGISTERED' });
    const offered = await makeRegistration(t.prisma, { eventId: event.id, state: 'OFFERED' });
    const onLeave = await makeRegistration(t.prisma, { eventId: event.id, state: 'ON_LEAVE' });
    const waitlisted = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'WAITLISTED',
    });
    // Already cancelled by its member: left as it is, and not told again.
    const gone = await makeRegistration(t.prisma, { eventId: event.id, state: 'CANCELLED' });
    const pendingLeave = await makeLeave(t.prisma, { registrationId: registered.registration.id });
    expect((await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).placesTaken).toBe(
      3,
    );

    const res = await officer.post(`/api/admin/events/${event.id}/cancel`, {
      reason: '场地临时维修',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'CANCELLED',
      cancelReason: '场地临时维修',
      placesTaken: 0,
    });
    expect(res.json().counts).toMatchObject({ CANCELLED: 5, REGISTERED: 0, OFFERED: 0 });
    const row = await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row.placesTaken).toBe(0);
    expect(row.cancelledAt).not.toBeNull();

    const told = [registered, offered, onLeave, waitlisted];
    for (const { lawyer } of told) {
      const notes = await t.prisma.notification.findMany({
        where: { accountId: lawyer.account.id },
      });
      expect(notes).toHaveLength(1);
      expect(notes[0]!.title).toBe(`活动已取消：${event.title}`);
      expect(notes[0]!.body).toContain('场地临时维修');
      const sms = await t.prisma.smsMessage.findMany({ where: { accountId: lawyer.account.id } });
      expect(sms).toHaveLength(1);
      expect(sms[0]!.purpose).toBe('活动通知');
      expect(sms[0]!.content).toContain(event.title);
      expect(sms[0]!.content).toContain('场地临时维修');
    }
    expect(
      await t.prisma.notification.count({ where: { accountId: gone.lawyer.account.id } }),
    ).toBe(0);
    // Each SMS goes out through the outbox.
    const smsIds = (
      await t.prisma.smsMessage.findMany({
        where: { accountId: { in: told.map((r) => r.lawyer.account.id) } },
      })
    ).map((s) => s.id);
    expect(
      await t.prisma.job.count({
        where: { idempotencyKey: { in: smsIds.map((id) => `sms:${id}`) } },
      }),
    ).toBe(4);
    // The leave request that was waiting is closed with the event.
    expect(
      await t.prisma.eventLeave.findUniqueOrThrow({ where: { id: pendingLeave.id } }),
    ).toMatchObject({ state: 'REJECTED', decisionReason: '活动已取消' });

    const audit = await auditOf(event.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'event.cancel',
      before: { state: 'PUBLISHED', placesTaken: 3 },
      after: { state: 'CANCELLED', registrationsCancelled: 4, placesTaken: 0 },
    });

    const again = await officer.post(`/api/admin/events/${event.id}/cancel`, { reason: '再次' });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('活动已取消，不能取消');
  });

  it('requires a reason', async () => {
    const event = await makeEvent(t.prisma);
    const res = await officer.post(`/api/admin/events/${event.id}/cancel`, { reason: ' ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({ reason: '请填写取消原因' });
    expect((await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).state).toBe(
      'PUBLISHED',
    );
  });
});

describe('registrations of an event', () => {
  it('lists them with search, counts, files and the latest leave', async () => {
    const event = await makeEvent(t.prisma);
    const zhang = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
      name: '张三丰',
      workplace: '武当律师事务所',
      mobile: '13811112222',
      createdAt: new Date(Date.now() - 3 * HOUR),
    });
    const li = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'ON_LEAVE',
      name: '李四',
      workplace: '峨眉律师事务所',
      mobile: '13733334444',
      createdAt: new Date(Date.now() - 2 * HOUR),
    });
    await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'WAITLISTED',
      name: '王五',
      workplace: '武当律师事务所',
      mobile: '13655556666',
      createdAt: new Date(Date.now() - HOUR),
    });
    await makeLeave(t.prisma, {
      registrationId: li.registration.id,
      state: 'REJECTED',
      createdAt: new Date(Date.now() - 90 * 60_000),
      detail: '第一次',
    });
    const latest = await makeLeave(t.prisma, {
      registrationId: li.registration.id,
      state: 'APPROVED',
      detail: '第二次',
    });
    const file = await t.prisma.eventAttachment.create({
      data: {
        registrationId: zhang.registration.id,
        filename: '执业证.jpg',
        contentType: 'image/jpeg',
        size: 1234,
        key: 'event-attachments/x/1',
      },
    });
    const url = `/api/admin/events/${event.id}/registrations`;

    const all = (await officer.get(url)).json();
    expect(all.items.map((r: { name: string }) => r.name)).toEqual(['张三丰', '李四', '王五']);
    expect(all.counts).toMatchObject({ REGISTERED: 1, ON_LEAVE: 1, WAITLISTED: 1, ATTENDED: 0 });
    const [first, second, third] = all.items;
    expect(first).toMatchObject({
      id: zhang.registration.id,
      state: 'REGISTERED',
      workplace: '武当律师事务所',
      licenceNo: zhang.lawyer.lawyer.licenceNo,
      registrantName: zhang.lawyer.account.displayName,
      checkInCode: zhang.registration.checkInCode,
      waitlistPosition: null,
      leave: null,
      attachments: [{ id: file.id, filename: '执业证.jpg', contentType: 'image/jpeg', size: 1234 }],
    });
    expect(second.leave).toMatchObject({ id: latest.id, state: 'APPROVED', detail: '第二次' });
    expect(third.waitlistPosition).toBe(1);

    const byWorkplace = (await officer.get(`${url}?q=${encodeURIComponent('武当')}`)).json();
    expect(byWorkplace.items.map((r: { name: string }) => r.name)).toEqual(['张三丰', '王五']);
    expect(byWorkplace.counts).toMatchObject({ REGISTERED: 1, ON_LEAVE: 0, WAITLISTED: 1 });
    const byMobile = (await officer.get(`${url}?q=3733334`)).json();
    expect(byMobile.items.map((r: { name: string }) => r.name)).toEqual(['李四']);
    const byName = (await officer.get(`${url}?q=${encodeURIComponent('三丰')}`)).json();
    expect(byName.items.map((r: { name: string }) => r.name)).toEqual(['张三丰']);
    const byState = (await officer.get(`${url}?state=WAITLISTED`)).json();
    expect(byState).toMatchObject({ total: 1 });
    expect(byState.items[0].name).toBe('王五');

    expect(
      (await officer.get('/api/admin/events/00000000-0000-4000-8000-000000000000/registrations'))
        .statusCode,
    ).toBe(404);
  });

  it('exports them as .xlsx with Chinese headers, the list filters applied', async () => {
    const event = await makeEvent(t.prisma, { title: '数据合规专题讲座' });
    const zhao = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'ON_LEAVE',
      name: '赵六',
      workplace: '华山律师事务所',
      mobile: '13912345678',
      createdAt: new Date(Date.now() - 2 * HOUR),
    });
    await makeLeave(t.prisma, { registrationId: zhao.registration.id, state: 'APPROVED' });
    await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'CANCELLED',
      name: '=HYPERLINK("x")',
      createdAt: new Date(Date.now() - HOUR),
    });

    const res = await officer.get(`/api/admin/events/${event.id}/registrations.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('数据合规专题讲座-报名名单.xlsx')}`,
    );
    expect(res.headers['cache-control']).toBe('private, no-store');

    const workbook = await readWorkbook(res.rawPayload);
    const sheet = workbook.worksheets[0]!;
    const rowValues = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(rowValues(1)).toEqual([
      '姓名',
      '性别',
      '工作单位',
      '工作职务',
      '联系电话',
      '手机号码',
      '电子邮箱',
      '执业证号',
      '报名人',
      '状态',
      '报名时间',
      '签到时间',
      '请假原因',
    ]);
    expect(sheet.rowCount).toBe(3);
    expect(rowValues(2)).toEqual([
      '赵六',
      '男',
      '华山律师事务所',
      '合伙人',
      '020-87654321',
      '13912345678',
      zhao.registration.email,
      zhao.lawyer.lawyer.licenceNo,
      zhao.lawyer.account.displayName,
      '已请假',
      formatDateTime(zhao.registration.createdAt),
      '',
      '工作冲突：当天开庭（已批准）',
    ]);
    // What a member typed is a string cell, never a formula.
    expect(sheet.getRow(3).getCell(1).value).toBe('=HYPERLINK("x")');
    expect(sheet.getRow(3).getCell(10).value).toBe('已取消');

    const filtered = await officer.get(
      `/api/admin/events/${event.id}/registrations.xlsx?state=ON_LEAVE&page=9`,
    );
    const again = await readWorkbook(filtered.rawPayload);
    expect(again.worksheets[0]!.rowCount).toBe(2);
    expect(again.worksheets[0]!.getRow(2).getCell(1).value).toBe('赵六');
  });
});

describe('attachments', () => {
  it('sends a registration or leave file as a download; an unknown one is 404', async () => {
    const event = await makeEvent(t.prisma);
    const { registration } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
    });
    const leave = await makeLeave(t.prisma, { registrationId: registration.id });
    const bytes = Buffer.from('%PDF-1.4 请假证明');
    await t.app.storage.put('event-attachments/leave/1', bytes, 'application/pdf');
    const file = await t.prisma.eventAttachment.create({
      data: {
        leaveId: leave.id,
        filename: "病假(证明)'s.pdf",
        contentType: 'application/pdf',
        size: bytes.length,
        key: 'event-attachments/leave/1',
      },
    });
    const res = await officer.get(`/api/admin/event-attachments/${file.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''%E7%97%85%E5%81%87%28%E8%AF%81%E6%98%8E%29%27s.pdf",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');

    const missing = await officer.get(
      '/api/admin/event-attachments/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe('附件不存在或无权查看');
  });
});

describe('the home page', () => {
  it('tells the events officer how many leave requests wait, and nobody else', async () => {
    const event = await makeEvent(t.prisma);
    const { registration } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
    });
    await makeLeave(t.prisma, { registrationId: registration.id });
    const pending = await t.prisma.eventLeave.count({ where: { state: 'PENDING' } });
    const officer = (await signedInStaff(t, ['EVENTS_OFFICER'])).client;
    const item = (await officer.get('/api/home'))
      .json()
      .workItems.find((w: { key: string }) => w.key === 'event-leaves');
    expect(item).toMatchObject({ count: pending, link: '/event-leaves?state=PENDING' });
    const support = (await signedInStaff(t, ['SUPPORT_AGENT'])).client;
    const keys = (await support.get('/api/home'))
      .json()
      .workItems.map((w: { key: string }) => w.key);
    expect(keys).not.toContain('event-leaves');
  });
});
