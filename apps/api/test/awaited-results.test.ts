import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AWAITED_RESULTS, SMS_MAX_CHARS } from '@lx/shared/awaited-results';
import { Prisma } from '../src/generated/prisma/client.ts';
import { notifyAudience } from '../src/modules/notifications/notify-audience.ts';
import { resultNotices, smsWith } from '../src/modules/notifications/result-notices.ts';
import { makeLawyer } from './support/factories.ts';
import { signedInLawyer, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// SMS and e-mail for the results members wait for (issue 15, SPEC §2.11): templates that fit one
// SMS, the member's choices kept and respected, and the set-based path for many people at once.

let t: Started;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const LONG =
  '关于开展二〇二六年度全市律师执业技能与职业道德专题培训暨青年律师成长沙龙的通知'.repeat(2);

describe('the templates', () => {
  it('every SMS fits in 70 characters, however long the names in it', () => {
    const notices = [
      resultNotices.profileApproved(),
      resultNotices.profileRejected(LONG),
      ...(['accepted', 'ready', 'rejected'] as const).map((step) =>
        resultNotices.cardChanged({
          title: 't',
          body: 'b',
          link: '/',
          step,
          number: 'HYK2026000123',
        }),
      ),
      resultNotices.certificateIssued({
        typeName: LONG,
        number: 'N',
        expires: '2027年1月1日',
        link: '/',
      }),
      resultNotices.certificateRejected({ typeName: '执业证明', reason: LONG, link: '/' }),
      resultNotices.ticketReplied({ number: 'GD20260001', title: LONG, reply: LONG, link: '/' }),
      resultNotices.leaveApproved({ event: LONG, reason: null, link: '/' }),
      resultNotices.leaveRejected({ event: LONG, reason: LONG, link: '/' }),
      resultNotices.waitlistOffered({ event: LONG, until: '2026年12月03日 18:00', link: '/' }),
      resultNotices.documentFeedback({ document: LONG, link: '/' }),
    ];
    for (const n of notices) {
      expect([...n.sms].length, n.sms).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(n.sms.startsWith('【律师协会】')).toBe(true);
    }
    expect(new Set(notices.map((n) => n.kind))).toEqual(new Set(AWAITED_RESULTS));
    // A short name is kept whole.
    expect(smsWith('您关注的公文“{}”有新的反馈。', '会费通知')).toBe(
      '【律师协会】您关注的公文“会费通知”有新的反馈。',
    );
  });
});

describe('消息提醒: the member chooses, the outbox follows', () => {
  it('keeps the choices; refuses an unknown kind; staff have none', async () => {
    const me = await signedInLawyer(t);
    const initial = await me.client.get('/api/account/notification-preferences');
    expect(initial.json()).toMatchObject({
      sms: [...AWAITED_RESULTS],
      email: [...AWAITED_RESULTS],
    });
    const set = await me.client.put('/api/account/notification-preferences', {
      sms: ['ticket', 'waitlist'],
      email: [],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ sms: ['ticket', 'waitlist'], email: [] });
    const bad = await me.client.put('/api/account/notification-preferences', {
      sms: ['lottery'],
      email: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      await t.prisma.auditEntry.count({
        where: { action: 'account.notification-preferences', entityId: me.account.id },
      }),
    ).toBe(1);
    const staff = await staffClient(t, ['SUPPORT_AGENT']);
    expect((await staff.get('/api/account/notification-preferences')).statusCode).toBe(403);
    expect(
      (await new TestClient(t.app).get('/api/account/notification-preferences')).statusCode,
    ).toBe(401);
  });

  it('a staff reply reaches the member in-app, by SMS and by e-mail — unless turned off', async () => {
    const me = await signedInLawyer(t);
    await t.prisma.account.update({
      where: { id: me.account.id },
      data: { email: 'member@example.cn' },
    });
    const desk = await staffClient(t, ['SUPPORT_AGENT']);
    const ticket = await me.client.post('/api/tickets', {
      category: '信息有误',
      title: '执业证号有误',
      description: '我的执业证号少了一位。',
    });
    expect(ticket.statusCode, ticket.body).toBe(201);
    const id = ticket.json().id as string;
    const reply = () =>
      desk.post(`/api/admin/tickets/${id}/messages`, { body: '已核实，正在更正。' });
    const sent = async () => ({
      notices: await t.prisma.notification.count({ where: { accountId: me.account.id } }),
      sms: await t.prisma.smsMessage.count({ where: { accountId: me.account.id } }),
      mail: await t.prisma.mailMessage.count({ where: { accountId: me.account.id } }),
    });
    expect((await reply()).statusCode).toBe(200);
    expect(await sent()).toEqual({ notices: 1, sms: 1, mail: 1 });
    const sms = await t.prisma.smsMessage.findFirstOrThrow({ where: { accountId: me.account.id } });
    expect(sms.content).toMatch(/^【律师协会】您的工单 .+ 有新回复，请登录查看。$/);
    expect(await t.prisma.job.count({ where: { idempotencyKey: `sms:${sms.id}` } })).toBe(1);

    await me.client.put('/api/account/notification-preferences', {
      sms: AWAITED_RESULTS.filter((k) => k !== 'ticket'),
      email: [...AWAITED_RESULTS],
    });
    await reply();
    expect(await sent()).toEqual({ notices: 2, sms: 1, mail: 2 });
    await me.client.put('/api/account/notification-preferences', { sms: [], email: [] });
    await reply();
    expect(await sent()).toEqual({ notices: 3, sms: 1, mail: 2 });
  });

  it('many people at once: one statement each for notices, SMS and e-mail, each person’s choice', async () => {
    const a = await makeLawyer(t.prisma);
    const b = await makeLawyer(t.prisma);
    await t.prisma.account.update({
      where: { id: a.account.id },
      data: { email: 'a@example.cn', smsOff: ['document'] },
    });
    await t.prisma.account.update({
      where: { id: b.account.id },
      data: { email: 'b@example.cn', emailOff: ['document'] },
    });
    const ids = [a.account.id, b.account.id];
    await t.prisma.$transaction((tx) =>
      notifyAudience(
        tx,
        Prisma.sql`SELECT a.id AS "accountId", a.mobile FROM "Account" a
          WHERE a.id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`,
        resultNotices.documentFeedback({ document: '会费通知', link: '/documents/x' }),
      ),
    );
    const who = async (model: 'smsMessage' | 'mailMessage') =>
      (
        await (t.prisma[model] as typeof t.prisma.smsMessage).findMany({
          where: { accountId: { in: ids } },
          select: { accountId: true },
        })
      ).map((m) => m.accountId);
    expect(await who('smsMessage')).toEqual([b.account.id]);
    expect(await who('mailMessage')).toEqual([a.account.id]);
    expect(await t.prisma.notification.count({ where: { accountId: { in: ids } } })).toBe(2);
  });
});
