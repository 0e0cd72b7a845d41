import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLawyer, makeOrganisation, uniqueIdNumber } from './support/factories.ts';
import { formData as form, type FormPart as Part } from './support/multipart.ts';
import { idPhoto } from './support/profile-data.ts';
import { signedInLawyer, signIn, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

let t: Started;
let desk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  desk = await staffClient(t, ['SUPPORT_AGENT']);
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const fields = (extra: Record<string, string> = {}) =>
  Object.entries({
    category: '信息有误',
    title: '执业信息有误',
    description: '执业证上的主管机关应为南城分局。',
    link: '/profile/basic?step=1',
    ...extra,
  }).map(([name, value]) => ({ name, value }));
const file = (filename: string, bytes: Buffer, type = 'application/pdf') => ({
  name: 'attachments',
  filename,
  type,
  bytes,
});

async function open(client: TestClient, parts: Part[]) {
  const body = form(parts);
  return client.request('POST', '/api/tickets', body);
}

describe('tickets', () => {
  it('opens a ticket with attachments and the page it is about; the thread starts with the description', async () => {
    const { client } = await signedInLawyer(t);
    const res = await open(client, [
      ...fields(),
      file('执业证扫描件.pdf', PDF),
      file('photo.jpg', await idPhoto(), 'image/jpeg'),
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const ticket = res.json();
    expect(ticket).toMatchObject({
      state: 'OPEN',
      link: '/profile/basic?step=1',
      canCancel: true,
      canClose: false,
    });
    expect(ticket.number).toMatch(/^GD\d{6}$/);
    expect(ticket.messages).toHaveLength(1);
    expect(ticket.messages[0].attachments.map((a: { filename: string }) => a.filename)).toEqual([
      '执业证扫描件.pdf',
      'photo.jpg',
    ]);
    const attachment = await client.get(
      `/api/tickets/${ticket.id}/attachments/${ticket.messages[0].attachments[0].id}`,
    );
    expect(attachment.headers['content-type']).toBe('application/pdf');
    expect(attachment.rawPayload.equals(PDF)).toBe(true);
    // JSON without attachments still works (the links elsewhere open it so).
    const plain = await client.post('/api/tickets', {
      category: '其他',
      title: '咨询',
      description: '会费如何缴纳？',
    });
    expect(plain.statusCode).toBe(201);
  });

  it.each([
    ['no title', fields({ title: '' }), { title: '请填写工单标题' }, 400],
    ['no description', fields({ description: '  ' }), { description: '请填写问题描述' }, 400],
  ])('refuses a ticket with %s', async (_, parts, fieldErrors, status) => {
    const {
      client,
      account: { id: accountId },
    } = await signedInLawyer(t);
    const res = await open(client, parts);
    expect(res.statusCode).toBe(status);
    expect(res.json().fieldErrors).toEqual(fieldErrors);
    expect(await t.prisma.ticket.count({ where: { accountId } })).toBe(0);
  });

  it('refuses an executable renamed .pdf, more than 10 files and a file over 10 MB, storing nothing', async () => {
    const {
      client,
      account: { id: accountId },
    } = await signedInLawyer(t);
    const exe = await open(client, [
      ...fields(),
      file('scan.pdf', Buffer.from('MZ\x90\x00\x03 program')),
    ]);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().fieldErrors.attachments).toBe('附件“scan.pdf”不是 JPEG、PNG、PDF 文件');
    const many = await open(client, [
      ...fields(),
      ...Array.from({ length: 11 }, (_, i) => file(`f${i}.pdf`, PDF)),
    ]);
    expect(many.statusCode).toBe(400);
    expect(many.json().fieldErrors.attachments).toBe('最多上传 10 个附件');
    const big = await open(client, [
      ...fields(),
      file('big.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1, 32)])),
    ]);
    expect(big.statusCode).toBe(413);
    expect(await t.prisma.ticket.count({ where: { accountId } })).toBe(0);
  });

  it('support assigns, replies (the member is notified), the member follows up, reads the answer and closes it', async () => {
    const {
      client,
      account: { id: accountId },
    } = await signedInLawyer(t);
    const ticket = (await open(client, fields())).json();
    const queue = (await desk.get('/api/admin/tickets?state=OPEN&category=信息有误')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(ticket.id);
    const assigned = await desk.post(`/api/admin/tickets/${ticket.id}/assign`);
    expect(assigned.json()).toMatchObject({
      state: 'IN_PROGRESS',
      assigneeName: expect.any(String),
    });
    const mine = (await desk.get('/api/admin/tickets?mine=true')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(ticket.id);
    const replyBody = form([
      { name: 'body', value: '已核实，请上传执业证扫描件。' },
      file('说明.pdf', PDF),
    ]);
    const replied = await desk.request(
      'POST',
      `/api/admin/tickets/${ticket.id}/messages`,
      replyBody,
    );
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json().state).toBe('ANSWERED');
    const note = await t.prisma.notification.findFirstOrThrow({ where: { accountId } });
    expect(note).toMatchObject({ title: '您的工单有新回复', link: `/tickets/${ticket.id}` });
    const followUp = await client.post(`/api/tickets/${ticket.id}/messages`, {
      body: '已上传，请查收。',
    });
    expect(followUp.json()).toMatchObject({ state: 'IN_PROGRESS' });
    expect(followUp.json().messages.map((m: { author: string }) => m.author)).toEqual([
      'MEMBER',
      'STAFF',
      'MEMBER',
    ]);
    const empty = await client.post(`/api/tickets/${ticket.id}/messages`, { body: '' });
    expect(empty.json().fieldErrors).toEqual({ body: '请填写回复内容' });
    await desk.post(`/api/admin/tickets/${ticket.id}/messages`, { body: '已处理。' });
    const closed = await client.post(`/api/tickets/${ticket.id}/close`);
    expect(closed.json()).toMatchObject({ state: 'CLOSED', canReply: false, canCancel: false });
    const late = await client.post(`/api/tickets/${ticket.id}/messages`, { body: '还有问题' });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('该工单已关闭，不能再回复');
    expect((await client.post(`/api/tickets/${ticket.id}/cancel`)).statusCode).toBe(409);
  });

  it('the member closes only a ticket someone has taken up; the desk resolves any open one and another officer may take over an answered one', async () => {
    const {
      client,
      account: { id: accountId },
    } = await signedInLawyer(t);
    const ticket = (await open(client, fields())).json();
    expect(ticket).toMatchObject({ state: 'OPEN', canClose: false, canCancel: true });
    const early = await client.post(`/api/tickets/${ticket.id}/close`);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('工单尚未受理，不能关闭；如不再需要，请取消工单');
    // A follow-up on a ticket nobody has yet leaves it 待处理.
    const added = await client.post(`/api/tickets/${ticket.id}/messages`, { body: '补充说明' });
    expect(added.json()).toMatchObject({ state: 'OPEN', assigneeName: null });

    await desk.post(`/api/admin/tickets/${ticket.id}/messages`, { body: '已收到。' });
    const other = await staffClient(t, ['SUPPORT_AGENT']);
    const takenOver = await other.post(`/api/admin/tickets/${ticket.id}/assign`);
    expect(takenOver.statusCode, takenOver.body).toBe(200);
    expect(takenOver.json().state).toBe('ANSWERED');
    expect((await other.post(`/api/admin/tickets/${ticket.id}/assign`)).json().message).toBe(
      '该工单已由您处理',
    );

    const resolved = await other.post(`/api/admin/tickets/${ticket.id}/close`);
    expect(resolved.json()).toMatchObject({ state: 'CLOSED', canClose: false, canReply: false });
    const note = await t.prisma.notification.findFirstOrThrow({
      where: { accountId, title: '您的工单已处理完毕' },
    });
    expect(note.link).toBe(`/tickets/${ticket.id}`);
    const again = await desk.post(`/api/admin/tickets/${ticket.id}/close`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该工单已结束');
  });

  it("another member's ticket is not found for reading, replying, cancelling or its attachments", async () => {
    const owner = await signedInLawyer(t);
    const ticket = (await open(owner.client, [...fields(), file('a.pdf', PDF)])).json();
    const { client } = await signedInLawyer(t);
    const attachmentId = ticket.messages[0].attachments[0].id;
    expect((await client.get(`/api/tickets/${ticket.id}`)).statusCode).toBe(404);
    expect(
      (await client.get(`/api/tickets/${ticket.id}/attachments/${attachmentId}`)).statusCode,
    ).toBe(404);
    expect(
      (await client.post(`/api/tickets/${ticket.id}/messages`, { body: '插一句' })).statusCode,
    ).toBe(404);
    expect((await client.post(`/api/tickets/${ticket.id}/cancel`)).statusCode).toBe(404);
    expect((await client.get('/api/admin/tickets')).statusCode).toBe(403);
    const cancelled = await owner.client.post(`/api/tickets/${ticket.id}/cancel`);
    expect(cancelled.json().state).toBe('CANCELLED');
  });
});

describe('the firm roster', () => {
  async function firm() {
    const org = await makeOrganisation(t.prisma, {
      password: 'Firm-Pass-1',
      mustChangePassword: false,
    });
    const client = await signIn(t, org);
    const existing = await makeLawyer(t.prisma, { organisationId: org.organisation.id });
    return { client, organisation: org.organisation, existing: existing.lawyer };
  }
  const newLawyer = (idNo: string, licenceNo: string) => ({
    name: '孔令辉',
    gender: 'MALE',
    idNo,
    licenceNo,
    practiceCategory: 'FULL_TIME',
    organisationRole: 'LAWYER',
  });
  const ID = uniqueIdNumber();
  const wrongDigit = (id: string) => id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');

  it('lists the lawyers with their profile state; adds one who can sign in with the initial password', async () => {
    const f = await firm();
    const roster = (await f.client.get('/api/organisation/lawyers')).json();
    expect(roster.lawyers).toEqual([
      expect.objectContaining({ id: f.existing.id, profileState: 'DRAFT', status: 'PRACTISING' }),
    ]);
    const added = await f.client.post(
      '/api/organisation/lawyers',
      newLawyer(ID, '14419202020110099'),
    );
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      login: '14419202020110099',
      lawyer: { name: '孔令辉', memberNo: expect.stringMatching(/^LS\d{6}$/) },
    });
    const signIn = await new TestClient(t.app).login(
      '14419202020110099',
      ID.slice(-6).toLowerCase(),
    );
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().mustChangePassword).toBe(true);
    expect(await t.prisma.lawyerProfile.count({ where: { lawyer: { idNo: ID } } })).toBe(1);
  });

  it('refuses a duplicate ID or licence number with the explanation, and a bad check digit on the field', async () => {
    const f = await firm();
    const other = await firm();
    const dupId = await f.client.post(
      '/api/organisation/lawyers',
      newLawyer(other.existing.idNo, '14419202020110098'),
    );
    expect(dupId.statusCode).toBe(409);
    expect(dupId.json().message).toContain('已登记在系统中');
    expect(dupId.json().message).toContain('提交工单');
    const dupLicence = await f.client.post(
      '/api/organisation/lawyers',
      newLawyer(uniqueIdNumber(), other.existing.licenceNo!),
    );
    expect(dupLicence.statusCode).toBe(409);
    expect(dupLicence.json().message).toContain(`执业证号 ${other.existing.licenceNo}`);
    const badDigit = await f.client.post(
      '/api/organisation/lawyers',
      newLawyer(wrongDigit(uniqueIdNumber()), '14419202020110097'),
    );
    expect(badDigit.statusCode).toBe(400);
    expect(Object.keys(badDigit.json().fieldErrors)).toEqual(['idNo']);
    const noLicence = await f.client.post('/api/organisation/lawyers', {
      ...newLawyer(uniqueIdNumber(), ''),
      licenceNo: '',
    });
    expect(noLicence.json().fieldErrors).toEqual({ licenceNo: '请填写执业证号（实习人员可不填）' });
    expect((await f.client.get('/api/organisation/lawyers')).json().lawyers).toHaveLength(1);
  });

  it("records a lawyer who left, who is then no longer offered for certificates; another firm's lawyer is not found", async () => {
    const f = await firm();
    const other = await firm();
    // A crafted body naming another firm still adds to the caller's own roster.
    const planted = await f.client.post('/api/organisation/lawyers', {
      ...newLawyer(uniqueIdNumber(), '14419202020110096'),
      organisationId: other.organisation.id,
    });
    expect(planted.statusCode).toBe(201);
    expect((await other.client.get('/api/organisation/lawyers')).json().lawyers).toHaveLength(1);
    const crafted = await f.client.post(`/api/organisation/lawyers/${other.existing.id}/leave`, {
      leftAt: '2026-11-01',
    });
    expect(crafted.statusCode).toBe(404);
    const left = await f.client.post(`/api/organisation/lawyers/${f.existing.id}/leave`, {
      leftAt: '2026-11-01',
    });
    expect(left.json().lawyers.find((l: { id: string }) => l.id === f.existing.id)).toMatchObject({
      status: 'LEFT',
      leftAt: '2026-11-01',
    });
    const wizard = (await f.client.get('/api/certificates/wizard')).json();
    expect(wizard.roster.map((l: { id: string }) => l.id)).not.toContain(f.existing.id);
    const future = await f.client.post(
      `/api/organisation/lawyers/${planted.json().lawyer.id}/leave`,
      {
        leftAt: '2099-01-01',
      },
    );
    expect(future.json().fieldErrors).toEqual({ leftAt: '离所日期不能晚于今天' });
    expect(
      (
        await f.client.post(`/api/organisation/lawyers/${f.existing.id}/leave`, {
          leftAt: '2026-11-02',
        })
      ).statusCode,
    ).toBe(409);
    const { client } = await signedInLawyer(t);
    expect((await client.get('/api/organisation/lawyers')).statusCode).toBe(403);
  });

  it('gives the support contacts without sign-in', async () => {
    const res = await new TestClient(t.app).get('/api/help/contacts');
    expect(res.json()).toEqual({
      associationName: '测试市律师协会',
      phone: '020-12345678',
      email: 'help@example.cn',
      address: '测试路 1 号',
    });
  });
});
