import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIdCheckChar } from '@lx/shared/id-number';
import { formatDate } from '@lx/shared/dates';
import type {
  AccountActionResult,
  CreatedOrganisation,
  MemberDetail,
  MemberPage,
  OrganisationDetail,
  OrganisationPage,
} from '@lx/shared/member-schemas';
import type { Roster } from '@lx/shared/roster-schemas';
import type { TicketDetail } from '@lx/shared/ticket-schemas';
import { RESET_SMS } from '../src/modules/members/member-accounts.ts';
import { makeLawyer, makeOrganisation, uniqueIdNumber } from './support/factories.ts';
import { signedInLawyer, signedInOrganisation, signIn, signedInStaff } from './support/sign-in.ts';
import { onPostgres } from './support/test-database.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// 会员与机构管理 (issue 15): search, the member page, corrections, 转所, the account actions and
// organisations; every action audited, every refusal with its message.

let t: Started;
let staff: TestClient;
let staffName: string;
const TODAY = formatDate(new Date());

beforeAll(async () => {
  t = await startTestApp();
  const made = await signedInStaff(t, ['MEMBER_ADMIN']);
  staff = made.client;
  staffName = made.account.displayName;
});
afterAll(() => t.close());

type Res = Awaited<ReturnType<TestClient['get']>>;
const ok = <T>(res: Res, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
};
const member = async (id: string) => ok<MemberDetail>(await staff.get(`/api/admin/members/${id}`));
const lastAudit = (entityId: string, action: string) =>
  t.prisma.auditEntry.findFirstOrThrow({
    where: { entityId, action },
    orderBy: { createdAt: 'desc' },
  });
/** A valid ID number that nobody holds, with its last character wrong. */
function badCheckDigit(): string {
  const good = uniqueIdNumber();
  const wrong = good[17] === '1' ? '2' : '1';
  return good.slice(0, 17) + wrong;
}

describe('who may manage members', () => {
  it('会员管理员 and the administrator; other staff 403, members 403, anonymous 401', async () => {
    const admin = (await signedInStaff(t, ['ADMINISTRATOR'])).client;
    expect((await admin.get('/api/admin/members')).statusCode).toBe(200);
    const support = (await signedInStaff(t, ['SUPPORT_AGENT'])).client;
    for (const url of ['/api/admin/members', '/api/admin/organisations']) {
      const refused = await support.get(url);
      expect(refused.statusCode).toBe(403);
      expect(refused.json<{ code: string }>().code).toBe('FORBIDDEN');
    }
    const { lawyer } = await makeLawyer(t.prisma);
    const res = await support.post(`/api/admin/members/${lawyer.id}/disable`, { reason: '试试' });
    expect(res.statusCode).toBe(403);
    expect(
      (await t.prisma.account.findUniqueOrThrow({ where: { id: lawyer.accountId! } })).disabled,
    ).toBe(false);
    const { client: lawyerClient } = await signedInLawyer(t);
    expect((await lawyerClient.get('/api/admin/members')).statusCode).toBe(403);
    expect((await new TestClient(t.app).get('/api/admin/members')).statusCode).toBe(401);
  });
});

describe('会员查询', () => {
  it('finds by name, licence prefix, member number, ID number, organisation, category and account state, paged', async () => {
    const { organisation } = await makeOrganisation(t.prisma);
    const a = await makeLawyer(t.prisma, { organisationId: organisation.id });
    const b = await makeLawyer(t.prisma, {
      organisationId: organisation.id,
      practiceCategory: 'PART_TIME',
    });
    await t.prisma.account.update({
      where: { id: b.account.id },
      data: { lockedUntil: new Date(Date.now() + 10 * 60_000) },
    });
    const ids = (page: MemberPage) => page.items.map((i) => i.id).sort();
    const find = async (query: string) =>
      ok<MemberPage>(await staff.get(`/api/admin/members?${query}`));

    expect(ids(await find(`organisationId=${organisation.id}`))).toEqual(
      [a.lawyer.id, b.lawyer.id].sort(),
    );
    expect(ids(await find(`q=${encodeURIComponent(a.lawyer.name)}`))).toEqual([a.lawyer.id]);
    expect(
      ids(await find(`q=${a.lawyer.licenceNo!.slice(0, 16)}&organisationId=${organisation.id}`)),
    ).toContain(a.lawyer.id);
    expect(ids(await find(`q=${a.memberNo.toLowerCase()}`))).toEqual([a.lawyer.id]);
    expect(ids(await find(`q=${b.idNo}`))).toEqual([b.lawyer.id]);
    // The ID number only whole: its first 17 characters find nobody.
    expect((await find(`q=${b.idNo.slice(0, 17)}`)).total).toBe(0);
    expect(ids(await find(`organisationId=${organisation.id}&practiceCategory=PART_TIME`))).toEqual(
      [b.lawyer.id],
    );
    const locked = await find(`organisationId=${organisation.id}&accountState=LOCKED`);
    expect(ids(locked)).toEqual([b.lawyer.id]);
    expect(locked.items[0]!.accountState).toBe('LOCKED');
    expect(ids(await find(`organisationId=${organisation.id}&accountState=MUST_CHANGE`))).toEqual([
      a.lawyer.id,
    ]);
    const paged = await find(`organisationId=${organisation.id}&pageSize=1&page=2`);
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items).toHaveLength(1);
    expect((await staff.get('/api/admin/members?accountState=SLEEPY')).statusCode).toBe(400);
  });
});

describe('会员详情', () => {
  it('shows identity, organisation, account, profile, tickets and training', async () => {
    const me = await signedInLawyer(t);
    ok(
      await me.client.post('/api/tickets', {
        category: '信息有误',
        title: '执业证号有误',
        description: '请更正',
      }),
      201,
    );
    await t.prisma.account.update({
      where: { id: me.account.id },
      data: { lastLoginAt: new Date('2026-11-30T02:00:00Z') },
    });
    const detail = await member(me.lawyer.id);
    expect(detail).toMatchObject({
      id: me.lawyer.id,
      name: me.lawyer.name,
      idNo: me.idNo,
      licenceNo: me.lawyer.licenceNo,
      accountState: 'ACTIVE',
      profileState: 'DRAFT',
      account: {
        disabled: false,
        mustChangePassword: false,
        lastLoginAt: '2026-11-30T02:00:00.000Z',
      },
      tickets: { total: 1, open: 1 },
      training: { hours: 0 },
      transfers: [],
    });
    expect(detail.tickets.latest[0]!.title).toBe('执业证号有误');
    expect(
      (await staff.get('/api/admin/members/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });
});

describe('更正信息', () => {
  it('refuses a bad check digit on the field, changing nothing', async () => {
    const { lawyer } = await makeLawyer(t.prisma);
    const res = await staff.post(`/api/admin/members/${lawyer.id}/corrections`, {
      fields: { idNo: badCheckDigit() },
      reason: '身份证号录入错误',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fieldErrors: Record<string, string> }>().fieldErrors).toEqual({
      'fields.idNo': '身份证号校验位不正确，请核对',
    });
    expect((await t.prisma.lawyer.findUniqueOrThrow({ where: { id: lawyer.id } })).idNo).toBe(
      lawyer.idNo,
    );
  });

  it('refuses a licence or ID number another lawyer holds (409 on the field)', async () => {
    const { lawyer } = await makeLawyer(t.prisma);
    const other = await makeLawyer(t.prisma);
    const res = await staff.post(`/api/admin/members/${lawyer.id}/corrections`, {
      fields: { licenceNo: other.lawyer.licenceNo },
      reason: '执业证号有误',
    });
    expect(res.statusCode).toBe(409);
    const body = res.json<{ message: string; fieldErrors: Record<string, string> }>();
    expect(body.message).toBe(`执业证号 ${other.lawyer.licenceNo} 已登记在其他律师名下，请核实`);
    expect(body.fieldErrors['fields.licenceNo']).toBe(body.message);
    const byId = await staff.post(`/api/admin/members/${lawyer.id}/corrections`, {
      fields: { idNo: other.idNo },
      reason: '身份证号有误',
    });
    expect(byId.statusCode).toBe(409);
    expect(
      byId.json<{ fieldErrors: Record<string, string> }>().fieldErrors['fields.idNo'],
    ).toContain('已登记在其他律师名下');
    // A firm's licence number is a login too.
    const firm = await makeOrganisation(t.prisma);
    const byFirm = await staff.post(`/api/admin/members/${lawyer.id}/corrections`, {
      fields: { licenceNo: firm.organisation.licenceNo },
      reason: '执业证号有误',
    });
    expect(byFirm.statusCode).toBe(409);
  });

  it('corrects name, ID and licence number, audited before → after; the ticket thread says what changed', async () => {
    const me = await signedInLawyer(t);
    const ticket = ok<TicketDetail>(
      await me.client.post('/api/tickets', {
        category: '信息有误',
        title: '执业证号有误',
        description: '执业证号末位应为 9',
      }),
      201,
    );
    const oldLicence = me.lawyer.licenceNo!;
    const newLicence = `3${oldLicence.slice(1, 16)}9`;
    const first17 = me.idNo.slice(0, 16) + ((Number(me.idNo[16]) + 2) % 10);
    const newId = first17 + computeIdCheckChar(first17);
    const detail = ok<MemberDetail>(
      await staff.post(`/api/admin/members/${me.lawyer.id}/corrections`, {
        fields: { licenceNo: newLicence, name: '更正后', idNo: newId, gender: 'MALE' },
        reason: '按执业证原件更正',
        ticketId: ticket.id,
      }),
    );
    expect(detail).toMatchObject({ licenceNo: newLicence, name: '更正后', idNo: newId });
    const audit = await lastAudit(me.lawyer.id, 'member.corrected');
    // Gender did not change, so it is not in the entry.
    expect(audit.before).toEqual({ name: me.lawyer.name, idNo: me.idNo, licenceNo: oldLicence });
    expect(audit.after).toEqual({
      name: '更正后',
      idNo: newId,
      licenceNo: newLicence,
      reason: '按执业证原件更正',
      ticketId: ticket.id,
    });
    expect(audit.actorName).toBe(staffName);
    const thread = ok<TicketDetail>(await me.client.get(`/api/tickets/${ticket.id}`));
    const note = thread.messages.at(-1)!;
    expect(note.author).toBe('STAFF');
    expect(note.body).toBe(
      `已按工单修改：姓名 ${me.lawyer.name} → 更正后；身份证号 ${me.idNo} → ${newId}；执业证号 ${oldLicence} → ${newLicence}`,
    );
    // The lawyer now signs in with the corrected licence number.
    expect((await new TestClient(t.app).login(newLicence, me.password)).statusCode).toBe(200);
    // Nothing to change: refused.
    const same = await staff.post(`/api/admin/members/${me.lawyer.id}/corrections`, {
      fields: { name: '更正后' },
      reason: '再改一次',
    });
    expect(same.statusCode).toBe(400);
  });

  it("refuses another member's ticket, and then nothing is changed (one transaction)", async () => {
    const me = await signedInLawyer(t);
    const someoneElse = await signedInLawyer(t);
    const theirs = ok<TicketDetail>(
      await someoneElse.client.post('/api/tickets', {
        category: '其他',
        title: '别人的',
        description: '别人的工单',
      }),
      201,
    );
    const res = await staff.post(`/api/admin/members/${me.lawyer.id}/corrections`, {
      fields: { name: '不该改' },
      reason: '测试',
      ticketId: theirs.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fieldErrors: Record<string, string> }>().fieldErrors.ticketId).toBe(
      '该工单不存在或不是此会员提交的',
    );
    expect((await t.prisma.lawyer.findUniqueOrThrow({ where: { id: me.lawyer.id } })).name).toBe(
      me.lawyer.name,
    );
    expect(
      await t.prisma.auditEntry.count({
        where: { entityId: me.lawyer.id, action: 'member.corrected' },
      }),
    ).toBe(0);
  });
});

describe('转所', () => {
  it('refuses the same organisation and a closed one', async () => {
    const { lawyer } = await makeLawyer(t.prisma);
    const same = await staff.post(`/api/admin/members/${lawyer.id}/transfer`, {
      organisationId: lawyer.organisationId,
      effectiveOn: TODAY,
      reason: '转所',
    });
    expect(same.statusCode).toBe(409);
    expect(same.json<{ message: string }>().message).toBe('该律师已在此机构执业');
    const closed = await makeOrganisation(t.prisma);
    await t.prisma.organisation.update({
      where: { id: closed.organisation.id },
      data: { status: 'CLOSED' },
    });
    const res = await staff.post(`/api/admin/members/${lawyer.id}/transfer`, {
      organisationId: closed.organisation.id,
      effectiveOn: TODAY,
      reason: '转所',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fieldErrors: Record<string, string> }>().fieldErrors.organisationId).toBe(
      '该机构已注销，不能转入',
    );
    const tomorrow = formatDate(new Date(Date.now() + 36 * 3600_000));
    const future = await staff.post(`/api/admin/members/${lawyer.id}/transfer`, {
      organisationId: closed.organisation.id,
      effectiveOn: tomorrow,
      reason: '转所',
    });
    expect(future.json<{ fieldErrors: Record<string, string> }>().fieldErrors.effectiveOn).toBe(
      '生效日期不能晚于今天',
    );
  });

  it('moves the lawyer: both rosters show it, the certificate pickers follow, audited, noted on the ticket', async () => {
    const oldFirm = await signedInOrganisation(t);
    const newFirm = await signedInOrganisation(t);
    const mover = await signedInLawyer(t, { organisationId: oldFirm.organisation.id });
    await t.prisma.lawyer.update({
      where: { id: mover.lawyer.id },
      data: { organisationRole: 'PARTNER' },
    });
    const stayer = await makeLawyer(t.prisma, { organisationId: oldFirm.organisation.id });
    const ticket = ok<TicketDetail>(
      await mover.client.post('/api/tickets', {
        category: '转所',
        title: '申请转所',
        description: '已转入新所',
      }),
      201,
    );
    const pickerOf = async (client: TestClient) =>
      ok<{ roster: { id: string }[] }>(await client.get('/api/certificates/wizard')).roster.map(
        (l) => l.id,
      );
    expect(await pickerOf(oldFirm.client)).toContain(mover.lawyer.id);

    const detail = ok<MemberDetail>(
      await staff.post(`/api/admin/members/${mover.lawyer.id}/transfer`, {
        organisationId: newFirm.organisation.id,
        effectiveOn: '2026-11-20',
        reason: '执业机构变更',
        ticketId: ticket.id,
      }),
    );
    expect(detail).toMatchObject({
      organisationId: newFirm.organisation.id,
      organisationRole: 'LAWYER',
      transfers: [
        {
          fromOrganisationName: oldFirm.organisation.name,
          toOrganisationName: newFirm.organisation.name,
          effectiveOn: '2026-11-20',
          reason: '执业机构变更',
        },
      ],
    });

    const oldRoster = ok<Roster>(await oldFirm.client.get('/api/organisation/lawyers'));
    expect(oldRoster.lawyers.map((l) => l.id)).toEqual([stayer.lawyer.id]);
    expect(oldRoster.transfers).toEqual([
      expect.objectContaining({
        direction: 'OUT',
        lawyerName: mover.lawyer.name,
        organisationName: newFirm.organisation.name,
        effectiveOn: '2026-11-20',
      }),
    ]);
    const newRoster = ok<Roster>(await newFirm.client.get('/api/organisation/lawyers'));
    expect(newRoster.lawyers.map((l) => l.id)).toEqual([mover.lawyer.id]);
    expect(newRoster.transfers).toEqual([
      expect.objectContaining({ direction: 'IN', organisationName: oldFirm.organisation.name }),
    ]);
    expect(await pickerOf(oldFirm.client)).not.toContain(mover.lawyer.id);
    expect(await pickerOf(newFirm.client)).toContain(mover.lawyer.id);

    const audit = await lastAudit(mover.lawyer.id, 'member.transferred');
    expect(audit.before).toMatchObject({
      organisation: oldFirm.organisation.name,
      organisationRole: 'PARTNER',
    });
    expect(audit.after).toMatchObject({
      organisation: newFirm.organisation.name,
      organisationRole: 'LAWYER',
      effectiveOn: '2026-11-20',
    });
    const thread = ok<TicketDetail>(await mover.client.get(`/api/tickets/${ticket.id}`));
    expect(thread.messages.at(-1)!.body).toBe(
      `已按工单办理转所：${oldFirm.organisation.name} → ${newFirm.organisation.name}（2026-11-20 起）`,
    );
    const org = ok<OrganisationDetail>(
      await staff.get(`/api/admin/organisations/${oldFirm.organisation.id}`),
    );
    expect(org.transfers.map((m) => m.lawyerId)).toEqual([mover.lawyer.id]);
  });

  it.skipIf(!onPostgres())('two moves at once: one wins, the other is refused', async () => {
    const { lawyer } = await makeLawyer(t.prisma);
    const a = await makeOrganisation(t.prisma);
    const b = await makeOrganisation(t.prisma);
    const other = (await signedInStaff(t, ['MEMBER_ADMIN'])).client;
    const results = await Promise.all(
      [staff, other].map((c, i) =>
        c.post(`/api/admin/members/${lawyer.id}/transfer`, {
          organisationId: [a, b][i]!.organisation.id,
          effectiveOn: TODAY,
          reason: '并发',
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await t.prisma.lawyerTransfer.count({ where: { lawyerId: lawyer.id } })).toBe(1);
  });
});

describe('账号：解锁、停用、启用、重置密码', () => {
  it('unlocks a locked account; a second unlock is refused', async () => {
    const me = await makeLawyer(t.prisma, { mustChangePassword: false });
    await t.prisma.account.update({
      where: { id: me.account.id },
      data: { lockedUntil: new Date(Date.now() + 15 * 60_000), failedLoginCount: 5 },
    });
    expect((await new TestClient(t.app).login(me.login, me.password)).statusCode).toBe(423);
    expect((await member(me.lawyer.id)).accountState).toBe('LOCKED');
    const done = ok<AccountActionResult>(
      await staff.post(`/api/admin/members/${me.lawyer.id}/unlock`, { reason: '本人来电核实' }),
    );
    expect(done.accountState).toBe('ACTIVE');
    const audit = await lastAudit(me.account.id, 'member.account-unlock');
    expect(audit.before).toMatchObject({ state: 'LOCKED' });
    expect(audit.after).toMatchObject({
      state: 'ACTIVE',
      lockedUntil: null,
      reason: '本人来电核实',
    });
    expect((await new TestClient(t.app).login(me.login, me.password)).statusCode).toBe(200);
    const again = await staff.post(`/api/admin/members/${me.lawyer.id}/unlock`, { reason: '再来' });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ message: string }>().message).toBe('该账号未被锁定，无需解锁');
    const noReason = await staff.post(`/api/admin/members/${me.lawyer.id}/disable`, { reason: '' });
    expect(noReason.json<{ fieldErrors: Record<string, string> }>().fieldErrors.reason).toBe(
      '请填写原因',
    );
  });

  it('disables (sessions end, sign-in refused) and enables', async () => {
    const me = await signedInLawyer(t);
    ok(await staff.post(`/api/admin/members/${me.lawyer.id}/disable`, { reason: '停止执业' }));
    expect((await me.client.get('/api/auth/me')).statusCode).toBe(401);
    expect((await new TestClient(t.app).login(me.login, me.password)).statusCode).toBe(401);
    expect(
      (await staff.post(`/api/admin/members/${me.lawyer.id}/disable`, { reason: '再停' }))
        .statusCode,
    ).toBe(409);
    expect((await lastAudit(me.account.id, 'member.account-disable')).after).toMatchObject({
      state: 'DISABLED',
    });
    ok(await staff.post(`/api/admin/members/${me.lawyer.id}/enable`, { reason: '恢复执业' }));
    expect((await new TestClient(t.app).login(me.login, me.password)).statusCode).toBe(200);
  });

  it('resets to the initial password with a forced change, ends sessions and sends an SMS', async () => {
    const me = await makeLawyer(t.prisma, { mustChangePassword: false, password: 'Changed@2026' });
    const client = await signIn(t, me);
    const done = ok<AccountActionResult>(
      await staff.post(`/api/admin/members/${me.lawyer.id}/reset-password`, {
        reason: '忘记密码，本人来电',
      }),
    );
    expect(done).toEqual({ accountState: 'MUST_CHANGE', smsQueued: true });
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect((await new TestClient(t.app).login(me.login, 'Changed@2026')).statusCode).toBe(401);
    const initial = me.idNo.slice(-6).toLowerCase();
    const fresh = await signIn(t, { login: me.login, password: initial });
    expect((await fresh.get('/api/home')).json<{ code: string }>().code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    const sms = await t.prisma.smsMessage.findFirstOrThrow({ where: { accountId: me.account.id } });
    expect(sms).toMatchObject({
      mobile: me.account.mobile,
      purpose: '重置密码',
      content: RESET_SMS,
    });
    expect(sms.content).not.toContain(initial);
    expect(
      await t.prisma.job.count({ where: { kind: 'sms.send', idempotencyKey: `sms:${sms.id}` } }),
    ).toBe(1);
    const audit = await lastAudit(me.account.id, 'member.account-reset-password');
    expect(audit.after).toMatchObject({
      state: 'MUST_CHANGE',
      smsQueued: true,
      reason: '忘记密码，本人来电',
    });
  });

  it.skipIf(!onPostgres())(
    'two staff disabling at once: one wins, the other gets 409',
    async () => {
      const { lawyer, account } = await makeLawyer(t.prisma);
      const other = (await signedInStaff(t, ['MEMBER_ADMIN'])).client;
      const results = await Promise.all(
        [staff, other].map((c) =>
          c.post(`/api/admin/members/${lawyer.id}/disable`, { reason: '并发' }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(
        await t.prisma.auditEntry.count({
          where: { entityId: account.id, action: 'member.account-disable' },
        }),
      ).toBe(1);
    },
  );
});

describe('机构管理', () => {
  it('creates a firm with its account: login by licence, initial password its last 6 digits, JG number', async () => {
    const licenceNo = `4${String(Date.now()).slice(-16).padStart(16, '0')}`;
    const created = ok<CreatedOrganisation>(
      await staff.post('/api/admin/organisations', {
        kind: 'LAW_FIRM',
        name: '新设律师事务所',
        licenceNo,
        address: '东莞市南城区',
        headName: '林主任',
      }),
      201,
    );
    expect(created).toMatchObject({ login: licenceNo, initialPassword: licenceNo.slice(-6) });
    expect(created.organisation).toMatchObject({
      name: '新设律师事务所',
      status: 'ACTIVE',
      practising: 0,
      headName: '林主任',
    });
    expect(created.organisation.memberNo).toMatch(/^JG\d{4,}$/);
    const firm = await signIn(t, { login: licenceNo, password: licenceNo.slice(-6) });
    expect((await firm.get('/api/home')).json<{ code: string }>().code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    expect((await lastAudit(created.organisation.id, 'organisation.created')).after).toMatchObject({
      licenceNo,
    });

    const office = ok<CreatedOrganisation>(
      await staff.post('/api/admin/organisations', {
        kind: 'COMPANY_OFFICE',
        name: '某公司律师办公室',
      }),
      201,
    );
    expect(office).toMatchObject({
      login: office.organisation.memberNo,
      initialPassword: '123456',
    });
    const next = Number(office.organisation.memberNo.slice(2));
    expect(next).toBe(Number(created.organisation.memberNo.slice(2)) + 1);

    const dup = await staff.post('/api/admin/organisations', {
      kind: 'LAW_FIRM',
      name: '重复',
      licenceNo,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json<{ fieldErrors: Record<string, string> }>().fieldErrors.licenceNo).toBe(
      `执业许可证号 ${licenceNo} 已登记在系统中，请核实`,
    );
    const noLicence = await staff.post('/api/admin/organisations', {
      kind: 'LAW_FIRM',
      name: '无证',
    });
    expect(noLicence.json<{ fieldErrors: Record<string, string> }>().fieldErrors.licenceNo).toBe(
      '律师事务所须填写执业许可证号',
    );

    const list = ok<OrganisationPage>(
      await staff.get(`/api/admin/organisations?q=${licenceNo.slice(0, 12)}`),
    );
    expect(list.items.map((o) => o.id)).toEqual([created.organisation.id]);
  });

  it('edits with a reason, audited; refuses a taken licence and closing with practising lawyers', async () => {
    const { organisation } = await makeOrganisation(t.prisma);
    const other = await makeOrganisation(t.prisma);
    await makeLawyer(t.prisma, { organisationId: organisation.id });
    const base = {
      kind: 'LAW_FIRM',
      name: organisation.name,
      licenceNo: organisation.licenceNo,
      address: '新地址 1 号',
      phone: '0769-12345678',
      headName: '王主任',
      status: 'ACTIVE',
      reason: '机构信息变更',
    };
    const patch = (body: object) =>
      staff.request('PATCH', `/api/admin/organisations/${organisation.id}`, { body });
    const saved = ok<OrganisationDetail>(await patch(base));
    expect(saved).toMatchObject({ address: '新地址 1 号', headName: '王主任', practising: 1 });
    const audit = await lastAudit(organisation.id, 'organisation.updated');
    expect(audit.before).toEqual({ address: null, phone: null, headName: null });
    expect(audit.after).toEqual({
      address: '新地址 1 号',
      phone: '0769-12345678',
      headName: '王主任',
      reason: '机构信息变更',
    });
    const taken = await patch({ ...base, licenceNo: other.organisation.licenceNo });
    expect(taken.statusCode).toBe(409);
    const closing = await patch({ ...base, status: 'CLOSED' });
    expect(closing.statusCode).toBe(400);
    expect(closing.json<{ fieldErrors: Record<string, string> }>().fieldErrors.status).toBe(
      '该机构仍有 1 名执业律师，请先为其办理转所或登记离所',
    );
    expect((await patch({ ...base, reason: '' })).statusCode).toBe(400);
  });
});

describe('from a ticket to its member', () => {
  it('names the lawyer whose account opened the ticket; none for a firm', async () => {
    const me = await signedInLawyer(t);
    const ticket = ok<TicketDetail>(
      await me.client.post('/api/tickets', {
        category: '信息有误',
        title: '执业证号有误',
        description: '请更正',
      }),
      201,
    );
    expect(ok(await staff.get(`/api/admin/members/by-ticket/${ticket.id}`))).toEqual({
      lawyerId: me.lawyer.id,
    });
    const firm = await signedInOrganisation(t);
    const theirs = ok<TicketDetail>(
      await firm.client.post('/api/tickets', {
        category: '其他',
        title: '咨询',
        description: '咨询',
      }),
      201,
    );
    expect(ok(await staff.get(`/api/admin/members/by-ticket/${theirs.id}`))).toEqual({
      lawyerId: null,
    });
  });
});
