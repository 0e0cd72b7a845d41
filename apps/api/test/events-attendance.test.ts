import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addShanghaiMonths } from '@lx/shared/dates';
import { makeEvent, makeLeave, makeRegistration, startedEventTimes } from './support/events.ts';
import { makeLawyer, makeOrganisation } from './support/factories.ts';
import { signedInStaff } from './support/sign-in.ts';
import { startTestApp, type Started, type TestClient } from './support/test-app.ts';
import { onPostgres } from './support/test-database.ts';

// The staff side of 活动报名 (issue 12): leave requests, attendance, closing attendance with its
// training credit and no-show suspensions, the suspension list and rule.

const HOUR = 3600_000;
const DAY = 24 * HOUR;

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

const registrationOf = (id: string) =>
  t.prisma.eventRegistration.findUniqueOrThrow({ where: { id } });
const notificationsOf = (accountId: string) =>
  t.prisma.notification.findMany({ where: { accountId }, orderBy: { createdAt: 'asc' } });
const smsOf = (accountId: string) =>
  t.prisma.smsMessage.findMany({ where: { accountId }, orderBy: { createdAt: 'asc' } });
const auditOf = (entityId: string) =>
  t.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: 'asc' } });

// First in the file: the queue's counts are those of this test's requests alone.
describe('leave queue', () => {
  it('lists waiting requests first, oldest first, with counts and the registration', async () => {
    const event = await makeEvent(t.prisma, { title: '请假测试活动' });
    const ago = (h: number) => new Date(Date.now() - h * HOUR);
    const reg = async () =>
      (await makeRegistration(t.prisma, { eventId: event.id, state: 'REGISTERED' })).registration;
    const p2 = await makeLeave(t.prisma, { registrationId: (await reg()).id, createdAt: ago(1) });
    const a1 = await makeLeave(t.prisma, {
      registrationId: (await reg()).id,
      state: 'APPROVED',
      createdAt: ago(5),
    });
    const r1 = await makeLeave(t.prisma, {
      registrationId: (await reg()).id,
      state: 'REJECTED',
      createdAt: ago(4),
    });
    const first = await reg();
    const p1 = await makeLeave(t.prisma, { registrationId: first.id, createdAt: ago(3) });
    const file = await t.prisma.eventAttachment.create({
      data: {
        leaveId: p1.id,
        filename: '病历.pdf',
        contentType: 'application/pdf',
        size: 10,
        key: 'event-attachments/q/1',
      },
    });

    const all = (await officer.get('/api/admin/event-leaves')).json();
    expect(all.items.map((l: { id: string }) => l.id)).toEqual([p1.id, p2.id, a1.id, r1.id]);
    expect(all.counts).toEqual({ PENDING: 2, APPROVED: 1, REJECTED: 1 });
    expect(all.items[0]).toMatchObject({
      id: p1.id,
      state: 'PENDING',
      reason: '工作冲突',
      detail: '当天开庭',
      registrationId: first.id,
      eventId: event.id,
      eventTitle: '请假测试活动',
      eventStartsAt: event.startsAt.toISOString(),
      name: first.name,
      workplace: first.workplace,
      mobile: first.mobile,
      decidedAt: null,
      attachments: [
        { id: file.id, filename: '病历.pdf', contentType: 'application/pdf', size: 10 },
      ],
    });
    const pending = (await officer.get('/api/admin/event-leaves?state=PENDING')).json();
    expect(pending.items.map((l: { id: string }) => l.id)).toEqual([p1.id, p2.id]);
    expect(pending.counts).toEqual(all.counts);
  });
});

describe('leave decisions', () => {
  it('approving puts the registration on leave, tells the member, and happens once', async () => {
    const event = await makeEvent(t.prisma, { title: '年度培训（请假）' });
    const { registration, lawyer } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
    });
    const leave = await makeLeave(t.prisma, { registrationId: registration.id });

    const res = await officer.post(`/api/admin/event-leaves/${leave.id}/approve`, {
      reason: '情况属实',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: leave.id,
      state: 'APPROVED',
      decisionReason: '情况属实',
    });
    expect(res.json().decidedAt).not.toBeNull();
    expect((await registrationOf(registration.id)).state).toBe('ON_LEAVE');
    const row = await t.prisma.eventLeave.findUniqueOrThrow({ where: { id: leave.id } });
    expect(row.decidedById).toBe(officerId);
    const notes = await notificationsOf(lawyer.account.id);
    expect(notes.map((n) => n.title)).toEqual(['请假已批准：年度培训（请假）']);
    const sms = await smsOf(lawyer.account.id);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.purpose).toBe('活动请假');
    expect(sms[0]!.content).toContain('年度培训（请假）');
    expect((await auditOf(leave.id)).map((a) => [a.action, a.before, a.after])).toEqual([
      [
        'event.leave-approve',
        { state: 'PENDING', registrationState: ['REGISTERED'] },
        { state: 'APPROVED', registrationState: 'ON_LEAVE', decisionReason: '情况属实' },
      ],
    ]);

    for (const action of ['approve', 'reject']) {
      const again = await officer.post(`/api/admin/event-leaves/${leave.id}/${action}`, {
        reason: '再次处理',
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toBe('该请假申请已处理');
    }
    expect(await notificationsOf(lawyer.account.id)).toHaveLength(1);
  });

  it('rejecting needs a reason, keeps the registration and tells the member why', async () => {
    const event = await makeEvent(t.prisma);
    const { registration, lawyer } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
    });
    const leave = await makeLeave(t.prisma, { registrationId: registration.id });
    const empty = await officer.post(`/api/admin/event-leaves/${leave.id}/reject`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fieldErrors).toEqual({ reason: '请填写驳回原因' });

    const res = await officer.post(`/api/admin/event-leaves/${leave.id}/reject`, {
      reason: '未附证明材料',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'REJECTED', decisionReason: '未附证明材料' });
    expect((await registrationOf(registration.id)).state).toBe('REGISTERED');
    const notes = await notificationsOf(lawyer.account.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain('未附证明材料');
    const sms = await smsOf(lawyer.account.id);
    expect(sms.map((s) => s.purpose)).toEqual(['活动请假']);
    expect((await auditOf(leave.id)).map((a) => a.action)).toEqual(['event.leave-reject']);

    const again = await officer.post(`/api/admin/event-leaves/${leave.id}/reject`, {
      reason: '再次',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该请假申请已处理');
  });

  it('a leave whose registration is no longer 已报名 cannot be approved, and stays waiting', async () => {
    const event = await makeEvent(t.prisma);
    const { registration } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'ATTENDED',
    });
    const leave = await makeLeave(t.prisma, { registrationId: registration.id });
    const res = await officer.post(`/api/admin/event-leaves/${leave.id}/approve`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('该报名当前为“已签到”，不能批准请假；如需处理，请驳回');
    expect((await t.prisma.eventLeave.findUniqueOrThrow({ where: { id: leave.id } })).state).toBe(
      'PENDING',
    );
    expect((await registrationOf(registration.id)).state).toBe('ATTENDED');
    const missing = await officer.post(
      '/api/admin/event-leaves/00000000-0000-4000-8000-000000000000/approve',
      {},
    );
    expect(missing.statusCode).toBe(404);
  });
});

describe('attendance', () => {
  it('marks the ticked registrations that may attend, in one go, and says how many', async () => {
    // Full: the waitlisted one waits (a free place would be offered to it as the lock settles).
    const event = await makeEvent(t.prisma, { capacity: 2 });
    const other = await makeEvent(t.prisma);
    const registered = await makeRegistration(t.prisma, { eventId: event.id, state: 'REGISTERED' });
    const onLeave = await makeRegistration(t.prisma, { eventId: event.id, state: 'ON_LEAVE' });
    const waiting = await makeRegistration(t.prisma, { eventId: event.id, state: 'WAITLISTED' });
    const cancelled = await makeRegistration(t.prisma, { eventId: event.id, state: 'CANCELLED' });
    const elsewhere = await makeRegistration(t.prisma, { eventId: other.id, state: 'REGISTERED' });
    const ids = [registered, onLeave, waiting, cancelled, elsewhere].map((r) => r.registration.id);

    const res = await officer.post(`/api/admin/events/${event.id}/attendance`, {
      registrationIds: ids,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ marked: 2 });
    const states = await Promise.all(ids.map(async (id) => (await registrationOf(id)).state));
    expect(states).toEqual(['ATTENDED', 'ATTENDED', 'WAITLISTED', 'CANCELLED', 'REGISTERED']);
    expect((await registrationOf(registered.registration.id)).attendedAt).not.toBeNull();
    const audit = await auditOf(event.id);
    expect(audit.map((a) => a.action)).toEqual(['event.attendance']);
    expect(((audit[0]!.after as { attended: string[] }).attended ?? []).sort()).toEqual(
      [registered.registration.id, onLeave.registration.id].sort(),
    );

    const bad = await officer.post(`/api/admin/events/${event.id}/attendance`, {
      registrationIds: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe('请选择报名记录');
  });

  it('is refused on an event that is not published', async () => {
    const draft = await makeEvent(t.prisma, { state: 'DRAFT' });
    const { registration } = await makeRegistration(t.prisma, {
      eventId: draft.id,
      state: 'REGISTERED',
    });
    const res = await officer.post(`/api/admin/events/${draft.id}/attendance`, {
      registrationIds: [registration.id],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('活动尚未发布，不能登记签到');
    expect((await registrationOf(registration.id)).state).toBe('REGISTERED');
    const code = await officer.post(`/api/admin/events/${draft.id}/check-in`, {
      code: registration.checkInCode,
    });
    expect(code.statusCode).toBe(409);

    const finished = await makeEvent(t.prisma, { ...startedEventTimes(5), state: 'FINISHED' });
    const attended = await makeRegistration(t.prisma, {
      eventId: finished.id,
      state: 'ATTENDED',
    });
    const undo = await officer.post(
      `/api/admin/event-registrations/${attended.registration.id}/undo-attendance`,
    );
    expect(undo.statusCode).toBe(409);
    expect(undo.json().message).toBe('活动已结束，不能登记签到');
    expect((await registrationOf(attended.registration.id)).state).toBe('ATTENDED');
  });

  it('checks in by the 6-digit code once; a wrong code is 404', async () => {
    const event = await makeEvent(t.prisma);
    const other = await makeEvent(t.prisma);
    const { registration } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
    });
    const elsewhere = await makeRegistration(t.prisma, { eventId: other.id, state: 'REGISTERED' });
    const gone = await makeRegistration(t.prisma, { eventId: event.id, state: 'CANCELLED' });
    const url = `/api/admin/events/${event.id}/check-in`;

    const wrong = await officer.post(url, { code: '000000' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().message).toBe('签到码无效');
    const otherEvent = await officer.post(url, { code: elsewhere.registration.checkInCode });
    expect(otherEvent.statusCode).toBe(404);
    expect(otherEvent.json().message).toBe('签到码无效');
    const malformed = await officer.post(url, { code: '12ab' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().fieldErrors).toEqual({ code: '签到码应为 6 位数字' });
    const cancelled = await officer.post(url, { code: gone.registration.checkInCode });
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json().message).toBe(
      `${gone.registration.name} 的报名当前为“已取消”，不能签到`,
    );

    const res = await officer.post(url, { code: ` ${registration.checkInCode} ` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: registration.id, state: 'ATTENDED' });
    expect(res.json().attendedAt).not.toBeNull();
    expect((await registrationOf(registration.id)).state).toBe('ATTENDED');

    const twice = await officer.post(url, { code: registration.checkInCode });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toMatch(new RegExp(`^${registration.name} 已于 .+ 签到$`));
    expect((await auditOf(registration.id)).map((a) => a.action)).toEqual(['event.check-in']);
  });

  it('undoes an attendance marked by mistake, once', async () => {
    const event = await makeEvent(t.prisma);
    const { registration } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'ATTENDED',
    });
    const url = `/api/admin/event-registrations/${registration.id}/undo-attendance`;
    const res = await officer.post(url);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'REGISTERED', attendedAt: null });
    expect(await registrationOf(registration.id)).toMatchObject({
      state: 'REGISTERED',
      attendedAt: null,
    });
    const again = await officer.post(url);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该报名当前为“已报名”，没有可撤销的签到');
    expect((await auditOf(registration.id)).map((a) => [a.action, a.after])).toEqual([
      ['event.undo-attendance', { state: 'REGISTERED', attendedAt: null }],
    ]);
    const missing = await officer.post(
      '/api/admin/event-registrations/00000000-0000-4000-8000-000000000000/undo-attendance',
    );
    expect(missing.statusCode).toBe(404);
  });
});

describe('closing attendance', () => {
  it('is refused before the event has begun', async () => {
    const event = await makeEvent(t.prisma);
    const { registration } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
    });
    const res = await officer.post(`/api/admin/events/${event.id}/close-attendance`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('活动开始后才能结束签到');
    expect((await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).state).toBe(
      'PUBLISHED',
    );
    expect((await registrationOf(registration.id)).state).toBe('REGISTERED');
  });

  it('marks the absent, finishes the event and credits the attendees once', async () => {
    // 01:30 on 1 July in Shanghai, still 30 June in UTC: the entry is dated in Shanghai.
    const startsAt = new Date('2026-06-30T17:30:00Z');
    const event = await makeEvent(t.prisma, {
      title: '民法典专题培训',
      organiser: '测试市律师协会培训部',
      registrationOpensAt: new Date(startsAt.getTime() - 10 * DAY),
      registrationClosesAt: new Date(startsAt.getTime() - DAY),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * HOUR),
      trainingHours: 3.5,
      trainingKind: 'OFFLINE',
    });
    const firm = await makeOrganisation(t.prisma);
    const attended = await makeRegistration(t.prisma, { eventId: event.id, state: 'ATTENDED' });
    // Registered by the firm for one of its lawyers: the hours are the lawyer's.
    const byFirm = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'ATTENDED',
      accountId: firm.account.id,
    });
    const absent = await makeRegistration(t.prisma, { eventId: event.id, state: 'REGISTERED' });
    const onLeave = await makeRegistration(t.prisma, { eventId: event.id, state: 'ON_LEAVE' });
    const waiting = await makeRegistration(t.prisma, { eventId: event.id, state: 'WAITLISTED' });

    const res = await officer.post(`/api/admin/events/${event.id}/close-attendance`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'FINISHED' });
    expect(res.json().counts).toMatchObject({ ATTENDED: 2, NO_SHOW: 1, ON_LEAVE: 1 });
    expect((await registrationOf(absent.registration.id)).state).toBe('NO_SHOW');
    expect((await registrationOf(onLeave.registration.id)).state).toBe('ON_LEAVE');
    expect((await registrationOf(waiting.registration.id)).state).toBe('WAITLISTED');

    const entries = await t.prisma.trainingEntry.findMany({ where: { eventId: event.id } });
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => e.lawyerId).sort()).toEqual(
      [attended.lawyer.lawyer.id, byFirm.lawyer.lawyer.id].sort(),
    );
    for (const entry of entries) {
      expect(entry).toMatchObject({
        title: '民法典专题培训',
        organiser: '测试市律师协会培训部',
        kind: 'OFFLINE',
        source: 'EVENT',
        creditKey: `event:${event.id}:${entry.lawyerId}`,
      });
      expect(Number(entry.hours)).toBe(3.5);
      expect(entry.date.toISOString().slice(0, 10)).toBe('2026-07-01');
    }

    const again = await officer.post(`/api/admin/events/${event.id}/close-attendance`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('活动已结束，不能结束签到');
    expect(await t.prisma.trainingEntry.count({ where: { eventId: event.id } })).toBe(2);

    const audit = await auditOf(event.id);
    expect(audit.map((a) => a.action)).toEqual(['event.close-attendance']);
    expect(audit[0]).toMatchObject({
      before: { state: 'PUBLISHED' },
      after: { state: 'FINISHED', noShows: 1, trainingEntries: 2, suspended: [] },
    });
  });

  it('an event without hours credits nothing', async () => {
    const event = await makeEvent(t.prisma, {
      ...startedEventTimes(2),
      trainingHours: 0,
      trainingKind: null,
    });
    await makeRegistration(t.prisma, { eventId: event.id, state: 'ATTENDED' });
    const res = await officer.post(`/api/admin/events/${event.id}/close-attendance`);
    expect(res.statusCode).toBe(200);
    expect(await t.prisma.trainingEntry.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe('no-show suspensions', () => {
  /** A finished event `daysAgo` days ago at which the lawyer was absent. */
  async function earlierNoShow(lawyer: Awaited<ReturnType<typeof makeLawyer>>, daysAgo: number) {
    const event = await makeEvent(t.prisma, {
      ...startedEventTimes(daysAgo * 24),
      state: 'FINISHED',
      title: `${daysAgo} 天前的活动`,
    });
    return makeRegistration(t.prisma, { eventId: event.id, state: 'NO_SHOW', lawyer });
  }

  it('the third no-show within 12 months suspends for 6 months from the latest; lifting ends it', async () => {
    const repeat = await makeLawyer(t.prisma, { mustChangePassword: false });
    const older = await earlierNoShow(repeat, 200);
    const recent = await earlierNoShow(repeat, 100);
    // Two earlier no-shows, but one more than 12 months before this event: not suspended.
    const spaced = await makeLawyer(t.prisma, { mustChangePassword: false });
    await earlierNoShow(spaced, 400);
    await earlierNoShow(spaced, 100);

    const event = await makeEvent(t.prisma, { ...startedEventTimes(1), title: '第三次缺席的活动' });
    const third = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
      lawyer: repeat,
    });
    await makeRegistration(t.prisma, { eventId: event.id, state: 'REGISTERED', lawyer: spaced });

    const closed = await officer.post(`/api/admin/events/${event.id}/close-attendance`);
    expect(closed.statusCode).toBe(200);
    const suspensions = await t.prisma.eventSuspension.findMany({
      where: { lawyerId: { in: [repeat.lawyer.id, spaced.lawyer.id] } },
    });
    expect(suspensions).toHaveLength(1);
    const [suspension] = suspensions;
    expect(suspension!.lawyerId).toBe(repeat.lawyer.id);
    expect(suspension!.until).toEqual(addShanghaiMonths(event.startsAt, 6));
    expect([...suspension!.registrationIds].sort()).toEqual(
      [older.registration.id, recent.registration.id, third.registration.id].sort(),
    );
    expect(Math.abs(suspension!.startsAt.getTime() - Date.now())).toBeLessThan(60_000);
    const notes = await notificationsOf(repeat.account.id);
    expect(notes.map((n) => n.title)).toEqual(['活动报名已暂停']);
    expect(notes[0]!.body).toContain('第三次缺席的活动');
    expect((await smsOf(repeat.account.id)).map((s) => s.purpose)).toEqual(['活动通知']);
    expect(await notificationsOf(spaced.account.id)).toHaveLength(0);
    const closeAudit = (await auditOf(event.id)).at(-1)!;
    expect(closeAudit.after).toMatchObject({
      noShows: 2,
      suspended: [{ lawyerId: repeat.lawyer.id }],
    });

    // The list: active ones, searched by name, with the events that counted, newest first.
    const active = (
      await officer.get(
        `/api/admin/event-suspensions?active=true&q=${encodeURIComponent(repeat.lawyer.name)}`,
      )
    ).json();
    expect(active.total).toBe(1);
    const organisation = await t.prisma.organisation.findUniqueOrThrow({
      where: { id: repeat.lawyer.organisationId },
    });
    expect(active.items[0]).toMatchObject({
      id: suspension!.id,
      lawyerId: repeat.lawyer.id,
      name: repeat.lawyer.name,
      licenceNo: repeat.lawyer.licenceNo,
      organisationName: organisation.name,
      until: suspension!.until.toISOString(),
      liftedAt: null,
      active: true,
    });
    expect(active.items[0].events.map((e: { title: string }) => e.title)).toEqual([
      '第三次缺席的活动',
      '100 天前的活动',
      '200 天前的活动',
    ]);

    // 解除: audited, the lawyer told; a second time is refused.
    const lift = await officer.post(`/api/admin/event-suspensions/${suspension!.id}/lift`, {
      reason: '已说明情况',
    });
    expect(lift.statusCode).toBe(200);
    expect(lift.json()).toMatchObject({ active: false, liftReason: '已说明情况' });
    expect(lift.json().liftedAt).not.toBeNull();
    const lifted = await t.prisma.eventSuspension.findUniqueOrThrow({
      where: { id: suspension!.id },
    });
    expect(lifted.liftedById).toBe(officerId);
    const audit = await auditOf(suspension!.id);
    expect(audit.map((a) => a.action)).toEqual(['event.suspension-lift']);
    expect(audit[0]!.before).toMatchObject({ liftedAt: null });
    expect(audit[0]!.after).toMatchObject({ liftReason: '已说明情况' });
    expect((await notificationsOf(repeat.account.id)).map((n) => n.title)).toEqual([
      '活动报名已暂停',
      '活动报名已恢复',
    ]);
    const twice = await officer.post(`/api/admin/event-suspensions/${suspension!.id}/lift`, {
      reason: '再次',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe('该暂停已解除');

    const over = (
      await officer.get(
        `/api/admin/event-suspensions?active=false&q=${encodeURIComponent(repeat.lawyer.name)}`,
      )
    ).json();
    expect(over.items.map((s: { id: string }) => s.id)).toEqual([suspension!.id]);
    const stillActive = (
      await officer.get(
        `/api/admin/event-suspensions?active=true&q=${encodeURIComponent(repeat.lawyer.name)}`,
      )
    ).json();
    expect(stillActive.total).toBe(0);

    // The no-shows that earned a lifted suspension do not count again: one more is not three.
    const next = await makeEvent(t.prisma, { ...startedEventTimes(1) });
    await makeRegistration(t.prisma, { eventId: next.id, state: 'REGISTERED', lawyer: repeat });
    expect((await officer.post(`/api/admin/events/${next.id}/close-attendance`)).statusCode).toBe(
      200,
    );
    expect(await t.prisma.eventSuspension.count({ where: { lawyerId: repeat.lawyer.id } })).toBe(1);
  });

  it('a suspension that has run out cannot be lifted', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const over = await t.prisma.eventSuspension.create({
      data: {
        lawyerId: lawyer.lawyer.id,
        startsAt: new Date(Date.now() - 200 * DAY),
        until: new Date(Date.now() - DAY),
        registrationIds: [],
      },
    });
    const res = await officer.post(`/api/admin/event-suspensions/${over.id}/lift`, {
      reason: '误操作',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('该暂停已到期，无需解除');
    const empty = await officer.post(`/api/admin/event-suspensions/${over.id}/lift`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fieldErrors).toEqual({ reason: '请填写解除原因' });
  });

  it('the rule staff set is read, audited, and applied at the next close', async () => {
    const defaults = await officer.get('/api/admin/event-settings');
    expect(defaults.json()).toEqual({ noShows: 3, withinMonths: 12, suspendMonths: 6 });

    const invalid = await officer.put('/api/admin/event-settings', {
      noShows: 0,
      withinMonths: 12,
      suspendMonths: 6,
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().fieldErrors).toEqual({ noShows: '缺席次数不能小于 1' });

    const rule = { noShows: 2, withinMonths: 6, suspendMonths: 3 };
    const set = await officer.put('/api/admin/event-settings', rule);
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual(rule);
    expect((await officer.get('/api/admin/event-settings')).json()).toEqual(rule);
    expect(await auditOf('1')).toMatchObject([
      {
        action: 'event.suspension-rule',
        before: { noShows: 3, withinMonths: 12, suspendMonths: 6 },
        after: rule,
      },
    ]);

    const lawyer = await makeLawyer(t.prisma, { mustChangePassword: false });
    await earlierNoShow(lawyer, 60);
    const event = await makeEvent(t.prisma, { ...startedEventTimes(1) });
    await makeRegistration(t.prisma, { eventId: event.id, state: 'REGISTERED', lawyer });
    await officer.post(`/api/admin/events/${event.id}/close-attendance`);
    const [suspension] = await t.prisma.eventSuspension.findMany({
      where: { lawyerId: lawyer.lawyer.id },
    });
    expect(suspension!.until).toEqual(addShanghaiMonths(event.startsAt, 3));

    await officer.put('/api/admin/event-settings', {
      noShows: 3,
      withinMonths: 12,
      suspendMonths: 6,
    });
  });
});

// PGlite runs one transaction at a time: these show the locks and guarded updates only on
// PostgreSQL (TEST_DATABASE_URL).
describe('at the same time', () => {
  const statuses = (responses: { statusCode: number }[]) =>
    responses.map((r) => r.statusCode).sort();

  it.skipIf(!onPostgres())('two edits from one version: one is saved', async () => {
    const event = await makeEvent(t.prisma);
    const read = (await officer.get(`/api/admin/events/${event.id}`)).json();
    const second = (await signedInStaff(t, ['EVENTS_OFFICER'])).client;
    // The fields the API returned (the schema drops the ones it does not take), without nulls.
    const fields = Object.fromEntries(Object.entries(read).filter(([, v]) => v !== null));
    const edit = (client: TestClient, title: string) =>
      client.put(`/api/admin/events/${event.id}`, {
        version: read.version,
        event: { ...fields, title },
      });
    const results = await Promise.all([edit(officer, '甲的修改'), edit(second, '乙的修改')]);
    expect(statuses(results)).toEqual([200, 409]);
    const saved = results.find((r) => r.statusCode === 200)!.json();
    expect(await t.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      title: saved.title,
      version: read.version + 1,
    });
  });

  it.skipIf(!onPostgres())(
    'two closes of one event: one closes, the hours are credited once',
    async () => {
      const event = await makeEvent(t.prisma, { ...startedEventTimes(1) });
      for (let i = 0; i < 3; i++) {
        await makeRegistration(t.prisma, { eventId: event.id, state: 'ATTENDED' });
      }
      const second = (await signedInStaff(t, ['EVENTS_OFFICER'])).client;
      const url = `/api/admin/events/${event.id}/close-attendance`;
      expect(statuses(await Promise.all([officer.post(url), second.post(url)]))).toEqual([
        200, 409,
      ]);
      expect(await t.prisma.trainingEntry.count({ where: { eventId: event.id } })).toBe(3);
    },
  );

  it.skipIf(!onPostgres())(
    'two decisions on one leave: one is taken, one member notice',
    async () => {
      const event = await makeEvent(t.prisma);
      const { registration, lawyer } = await makeRegistration(t.prisma, {
        eventId: event.id,
        state: 'REGISTERED',
      });
      const leave = await makeLeave(t.prisma, { registrationId: registration.id });
      const second = (await signedInStaff(t, ['EVENTS_OFFICER'])).client;
      const base = `/api/admin/event-leaves/${leave.id}`;
      const results = await Promise.all([
        officer.post(`${base}/approve`, {}),
        second.post(`${base}/reject`, { reason: '证明不足' }),
      ]);
      expect(statuses(results)).toEqual([200, 409]);
      expect(await notificationsOf(lawyer.account.id)).toHaveLength(1);
      const state = (await t.prisma.eventLeave.findUniqueOrThrow({ where: { id: leave.id } }))
        .state;
      expect((await registrationOf(registration.id)).state).toBe(
        state === 'APPROVED' ? 'ON_LEAVE' : 'REGISTERED',
      );
    },
  );

  it.skipIf(!onPostgres())('one code shown at two doors: one check-in', async () => {
    const event = await makeEvent(t.prisma);
    const { registration } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
    });
    const second = (await signedInStaff(t, ['EVENTS_OFFICER'])).client;
    const url = `/api/admin/events/${event.id}/check-in`;
    const body = { code: registration.checkInCode };
    expect(statuses(await Promise.all([officer.post(url, body), second.post(url, body)]))).toEqual([
      200, 409,
    ]);
    expect(await auditOf(registration.id)).toHaveLength(1);
  });

  it.skipIf(!onPostgres())('a cancel and an attendance at once: one after the other', async () => {
    const event = await makeEvent(t.prisma);
    const { registration } = await makeRegistration(t.prisma, {
      eventId: event.id,
      state: 'REGISTERED',
    });
    const second = (await signedInStaff(t, ['EVENTS_OFFICER'])).client;
    const [cancel, attend] = await Promise.all([
      officer.post(`/api/admin/events/${event.id}/cancel`, { reason: '临时取消' }),
      second.post(`/api/admin/events/${event.id}/attendance`, {
        registrationIds: [registration.id],
      }),
    ]);
    expect(cancel.statusCode).toBe(200);
    const { state } = await registrationOf(registration.id);
    // Marked first, then the event cancelled (an attendance is kept); or refused on the
    // cancelled event: never marked attended after the cancellation.
    if (attend.statusCode === 200) {
      expect(attend.json()).toEqual({ marked: 1 });
      expect(state).toBe('ATTENDED');
    } else {
      expect(attend.statusCode).toBe(409);
      expect(attend.json().message).toBe('活动已取消，不能登记签到');
      expect(state).toBe('CANCELLED');
    }
  });
});
