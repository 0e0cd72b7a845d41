import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../src/modules/outbox/worker.ts';
import { deliverMail, mailerOf } from '../src/modules/mail/mail-outbox.ts';
import { makeLawyer, makeOrganisation } from './support/factories.ts';
import { multipart } from './support/multipart.ts';
import { onPostgres } from './support/test-database.ts';
import { startSmtpServer } from './support/smtp.ts';
import { pdfText, runPdfTool } from './support/pdf-tools.ts';
import { signedInLawyer, signIn, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

let t: Started;
let reviewer: TestClient;
let types: Record<string, { id: string; version: number }>;
let dir: string;

beforeAll(async () => {
  t = await startTestApp();
  dir = await mkdtemp(path.join(tmpdir(), 'lx-cert-'));
  reviewer = await staffClient(t, ['CERTIFICATE_REVIEWER']);
  const list = (await reviewer.get('/api/admin/certificate-types')).json() as {
    id: string;
    name: string;
    version: number;
  }[];
  types = Object.fromEntries(list.map((x) => [x.name, x]));
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

async function firm() {
  const org = await makeOrganisation(t.prisma, {
    password: 'Firm-Pass-1',
    mustChangePassword: false,
  });
  await t.prisma.account.update({
    where: { id: org.account.id },
    data: { email: 'office@firm.example.cn' },
  });
  const client = await signIn(t, org);
  const lawyers = [];
  for (let i = 0; i < 3; i++) {
    lawyers.push((await makeLawyer(t.prisma, { organisationId: org.organisation.id })).lawyer);
  }
  return { client, org: org.organisation, accountId: org.account.id, lawyers };
}

const paperNone = { needed: false };
const application = (typeId: string, extra: Record<string, unknown> = {}) => ({
  typeId,
  values: { purpose: '参加政府采购投标' },
  contactEmail: 'office@firm.example.cn',
  lawyerIds: [],
  paper: paperNone,
  ...extra,
});

async function save(name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

async function issuedByFirm() {
  const f = await firm();
  const res = await f.client.post(
    '/api/certificates',
    application(types['律师事务所执业证明']!.id),
  );
  expect(res.statusCode, res.body).toBe(201);
  return { ...f, application: res.json() };
}

describe('applying', () => {
  it("shows step 1's data, the types a firm may use and only its current lawyers", async () => {
    const f = await firm();
    await t.prisma.lawyer.update({ where: { id: f.lawyers[2]!.id }, data: { status: 'LEFT' } });
    const wizard = (await f.client.get('/api/certificates/wizard')).json();
    expect(wizard.applicant).toMatchObject({
      kind: 'LAW_FIRM',
      name: f.org.name,
      licenceNo: f.org.licenceNo,
    });
    expect(wizard.types.map((x: { name: string }) => x.name)).toEqual([
      '律师事务所执业证明',
      '律师执业证明',
      '无违规执业证明',
      '会员证明',
    ]);
    expect(wizard.roster.map((l: { id: string }) => l.id).sort()).toEqual(
      [f.lawyers[0]!.id, f.lawyers[1]!.id].sort(),
    );
    expect(wizard.draft).toBeNull();
    const saved = await f.client.put('/api/certificates/draft', {
      step: 3,
      input: { typeId: types['会员证明']!.id },
    });
    expect(saved.statusCode).toBe(200);
    expect((await f.client.get('/api/certificates/wizard')).json().draft).toMatchObject({
      step: 3,
    });
  });

  it('issues an automatic type at once: signed PDF, number, hash, verifiable; the draft is gone', async () => {
    const { client, org, application: app } = await issuedByFirm();
    expect(app.state).toBe('APPROVED');
    expect(app.certificate.number).toMatch(/^ZM\d{10}$/);
    expect(app.canDownload).toBe(true);
    expect(app.preview.paragraphs[0]).toContain(org.name);
    const pdf = await client.get(`/api/certificates/${app.id}/certificate.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = await save('issued.pdf', pdf.rawPayload);
    const text = await pdfText(file);
    expect(text).toContain(app.certificate.number);
    expect(text).toContain(org.name);
    expect(text).toContain('参加政府采购投标');
    await runPdfTool('qpdf', ['--check', file]);
    const sig = (await runPdfTool('pdfsig', [file])).stdout;
    expect(sig).toContain('Signature is Valid');
    expect(sig).toContain('Total document signed');
    const row = await t.prisma.certificate.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(row.sha256).toBe(app.certificate.sha256);

    // One byte changed: the signature fails and the upload check finds no certificate.
    const changed = Buffer.from(pdf.rawPayload);
    const at = changed.indexOf('/Producer') + 12;
    changed[at] = changed[at]! ^ 1;
    const changedFile = await save('changed.pdf', changed);
    const changedSig = await runPdfTool('pdfsig', [changedFile]).then(
      (r) => r.stdout,
      (e: { stdout: string }) => e.stdout,
    );
    expect(changedSig).not.toContain('Signature is Valid');
    const verify = (bytes: Buffer) => {
      const body = multipart('file', 'c.pdf', bytes, 'application/pdf');
      return new TestClient(t.app).request('POST', '/api/public/certificates/verify-file', {
        payload: body.payload,
        headers: body.headers,
      });
    };
    expect((await verify(pdf.rawPayload)).json()).toMatchObject({
      match: true,
      certificate: { status: 'VALID', number: app.certificate.number, holderName: org.name },
    });
    expect((await verify(changed)).json()).toEqual({ match: false, certificate: null });
    const byNumber = await new TestClient(t.app).get(
      `/api/public/certificates/${app.certificate.number}`,
    );
    expect(byNumber.json()).toMatchObject({ status: 'VALID', typeName: '律师事务所执业证明' });
    expect(JSON.stringify(byNumber.json())).not.toMatch(/licence|idNo|office@/);
  });

  it('a named-lawyer type with paper copies by mail waits for a reviewer, who approves and records the mailing', async () => {
    const f = await firm();
    const res = await f.client.post(
      '/api/certificates',
      application(types['律师执业证明']!.id, {
        lawyerIds: [f.lawyers[0]!.id, f.lawyers[1]!.id],
        paper: {
          needed: true,
          quantity: 2,
          pickup: 'MAIL',
          recipient: '张主任',
          phone: '13800138000',
          address: '东江市南城区鸿福路 88 号',
        },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const pending = res.json();
    expect(pending).toMatchObject({ state: 'PENDING', canWithdraw: true, canDownload: false });
    expect(pending.preview.paragraphs[0]).toContain(f.lawyers[0]!.name);
    expect((await f.client.get(`/api/certificates/${pending.id}/certificate.pdf`)).statusCode).toBe(
      409,
    );
    expect((await f.client.post(`/api/certificates/${pending.id}/mail`, {})).statusCode).toBe(409);
    const queue = (await reviewer.get('/api/admin/certificates?state=PENDING&paper=ANY')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(pending.id);
    expect(queue.counts.PENDING).toBeGreaterThanOrEqual(1);
    const early = await reviewer.put(`/api/admin/certificates/${pending.id}/paper`, {
      state: 'MAILED',
      trackingNo: 'SF1',
    });
    expect(early.statusCode).toBe(409);
    const approved = await reviewer.post(`/api/admin/certificates/${pending.id}/approve`, {
      version: pending.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().state).toBe('APPROVED');
    const noTracking = await reviewer.put(`/api/admin/certificates/${pending.id}/paper`, {
      state: 'MAILED',
    });
    expect(noTracking.statusCode).toBe(400);
    expect(noTracking.json().fieldErrors).toEqual({ trackingNo: '请填写快递单号' });
    const pickup = await reviewer.put(`/api/admin/certificates/${pending.id}/paper`, {
      state: 'PICKED_UP',
    });
    expect(pickup.statusCode).toBe(400);
    const mailed = await reviewer.put(`/api/admin/certificates/${pending.id}/paper`, {
      state: 'MAILED',
      trackingNo: 'SF1234567890',
    });
    expect(mailed.json().paper).toMatchObject({ state: 'MAILED', trackingNo: 'SF1234567890' });
    expect((await f.client.get(`/api/certificates/${pending.id}`)).json().paper.state).toBe(
      'MAILED',
    );
    const withdraw = await f.client.post(`/api/certificates/${pending.id}/withdraw`);
    expect(withdraw.statusCode).toBe(409);
    expect(withdraw.json().message).toBe('该申请已审核通过，不能撤回');
  });

  it.each([
    ['a missing required field', { values: {} }, { 'values.purpose': '请填写用途' }],
    [
      'quantity 0',
      { paper: { needed: true, quantity: 0, pickup: 'SELF' } },
      { 'paper.quantity': '申请数量须为 1 至 10 份' },
    ],
    [
      'quantity 11',
      { paper: { needed: true, quantity: 11, pickup: 'SELF' } },
      { 'paper.quantity': '申请数量须为 1 至 10 份' },
    ],
    [
      'mail without an address',
      {
        paper: {
          needed: true,
          quantity: 1,
          pickup: 'MAIL',
          recipient: '张主任',
          phone: '13800138000',
        },
      },
      { 'paper.address': '请填写收件地址' },
    ],
    ['an invalid e-mail', { contactEmail: 'office@' }, { contactEmail: '电子邮箱格式不正确' }],
    ['no e-mail', { contactEmail: '' }, { contactEmail: '请填写联系邮箱' }],
  ])(
    'refuses %s, with the message on the field and nothing saved',
    async (_, extra, fieldErrors) => {
      const f = await firm();
      const res = await f.client.post(
        '/api/certificates',
        application(types['律师事务所执业证明']!.id, extra),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().fieldErrors).toMatchObject(fieldErrors);
      expect(
        await t.prisma.certificateApplication.count({ where: { accountId: f.accountId } }),
      ).toBe(0);
    },
  );

  it("refuses a lawyer from another firm's roster (a crafted request) and one who has left", async () => {
    const f = await firm();
    const other = await firm();
    const crafted = await f.client.post(
      '/api/certificates',
      application(types['律师执业证明']!.id, {
        lawyerIds: [f.lawyers[0]!.id, other.lawyers[0]!.id],
      }),
    );
    expect(crafted.statusCode).toBe(400);
    expect(crafted.json().fieldErrors).toEqual({
      lawyerIds: '所选律师不在本机构的执业律师名单中（可能已离职），请重新选择',
    });
    await t.prisma.lawyer.update({ where: { id: f.lawyers[1]!.id }, data: { status: 'LEFT' } });
    const left = await f.client.post(
      '/api/certificates',
      application(types['律师执业证明']!.id, { lawyerIds: [f.lawyers[1]!.id] }),
    );
    expect(left.statusCode).toBe(400);
    const none = await f.client.post('/api/certificates', application(types['律师执业证明']!.id));
    expect(none.json().fieldErrors).toEqual({ lawyerIds: '请选择律师' });
    expect(await t.prisma.certificateApplication.count({ where: { accountId: f.accountId } })).toBe(
      0,
    );
  });

  it('a lawyer may apply for a type meant for lawyers (naming themself), not for an organisation-only one', async () => {
    const { client, lawyer } = await signedInLawyer(t);
    const wizard = (await client.get('/api/certificates/wizard')).json();
    expect(wizard.types.map((x: { name: string }) => x.name)).toEqual(['律师执业证明']);
    const refused = await client.post(
      '/api/certificates',
      application(types['律师事务所执业证明']!.id),
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('“律师事务所执业证明”不适用于律师个人申请');
    const own = await client.post('/api/certificates', application(types['律师执业证明']!.id));
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().lawyers.map((l: { id: string }) => l.id)).toEqual([lawyer.id]);
  });

  it("another organisation's application is not found; withdrawing works only while pending", async () => {
    const f = await firm();
    const other = await firm();
    const res = await f.client.post(
      '/api/certificates',
      application(types['无违规执业证明']!.id, {
        values: { since: '2024-01-01', purpose: '投标' },
        lawyerIds: [f.lawyers[0]!.id],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    for (const url of [`/api/certificates/${id}`, `/api/certificates/${id}/certificate.pdf`]) {
      expect((await other.client.get(url)).statusCode).toBe(404);
    }
    expect((await other.client.post(`/api/certificates/${id}/withdraw`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/certificates/${id}/mail`, {})).statusCode).toBe(404);
    const withdrawn = await f.client.post(`/api/certificates/${id}/withdraw`);
    expect(withdrawn.json()).toMatchObject({ state: 'WITHDRAWN', canWithdraw: false });
    const approve = await reviewer.post(`/api/admin/certificates/${id}/approve`, {
      version: withdrawn.json().version,
    });
    expect(approve.statusCode).toBe(409);
    expect(await t.prisma.certificate.count({ where: { applicationId: id } })).toBe(0);
  });

  it('我的证明 lists only the applicant’s own, newest first, with the certificate number', async () => {
    const { client, lawyers, application: issued } = await issuedByFirm();
    const pending = await client.post(
      '/api/certificates',
      application(types['无违规执业证明']!.id, {
        values: { since: '2024-01-01', purpose: '投标' },
        lawyerIds: [lawyers[0]!.id],
      }),
    );
    expect(pending.statusCode, pending.body).toBe(201);
    await issuedByFirm(); // another firm's
    const first = (await client.get('/api/certificates?page=1&pageSize=1')).json();
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(first.items).toEqual([
      {
        id: pending.json().id,
        number: pending.json().number,
        typeName: '无违规执业证明',
        applicantName: issued.applicant.name,
        state: pending.json().state,
        reviewMode: expect.any(String),
        rejectReason: null,
        createdAt: pending.json().createdAt,
        reviewedAt: pending.json().reviewedAt,
        certificateNumber: pending.json().certificate?.number ?? null,
        paperState: null,
      },
    ]);
    const second = (await client.get('/api/certificates?page=2&pageSize=1')).json();
    expect(second.items).toMatchObject([
      {
        id: issued.id,
        typeName: '律师事务所执业证明',
        state: 'APPROVED',
        certificateNumber: issued.certificate.number,
      },
    ]);
  });
});

describe('review', () => {
  it('rejects only with a reason, and two reviewers deciding at once: one wins, no orphan file', async () => {
    const f = await firm();
    const make = async () =>
      (
        await f.client.post(
          '/api/certificates',
          application(types['律师执业证明']!.id, { lawyerIds: [f.lawyers[0]!.id] }),
        )
      ).json();
    const first = await make();
    const bare = await reviewer.post(`/api/admin/certificates/${first.id}/reject`, {
      version: first.version,
      reason: ' ',
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().fieldErrors).toEqual({ reason: '请填写驳回原因' });
    const rejected = await reviewer.post(`/api/admin/certificates/${first.id}/reject`, {
      version: first.version,
      reason: '所列律师执业年限不符',
    });
    expect(rejected.json()).toMatchObject({
      state: 'REJECTED',
      rejectReason: '所列律师执业年限不符',
    });

    const second = await make();
    const other = await staffClient(t, ['CERTIFICATE_REVIEWER']);
    const results = await Promise.all([
      reviewer.post(`/api/admin/certificates/${second.id}/approve`, { version: second.version }),
      other.post(`/api/admin/certificates/${second.id}/reject`, {
        version: second.version,
        reason: '资料不全',
      }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const row = await t.prisma.certificateApplication.findUniqueOrThrow({
      where: { id: second.id },
      include: { certificate: true },
    });
    expect(['APPROVED', 'REJECTED']).toContain(row.state);
    expect(!!row.certificate).toBe(row.state === 'APPROVED');
    const files = await readdir(path.join(t.dataDir, 'files', 'certificates', second.id)).catch(
      () => [],
    );
    expect(files).toHaveLength(row.state === 'APPROVED' ? 1 : 0);
  });

  it('revokes a certificate; verification says so at once, and it can no longer be downloaded or mailed', async () => {
    const { client, application: app } = await issuedByFirm();
    const bare = await reviewer.post(`/api/admin/certificates/${app.id}/revoke`, { reason: '' });
    expect(bare.json().fieldErrors).toEqual({ reason: '请填写撤销原因' });
    const revoked = await reviewer.post(`/api/admin/certificates/${app.id}/revoke`, {
      reason: '申请材料不实',
    });
    expect(revoked.json().certificate.revokedAt).not.toBeNull();
    const check = (
      await new TestClient(t.app).get(`/api/public/certificates/${app.certificate.number}`)
    ).json();
    expect(check).toMatchObject({ status: 'REVOKED', revokeReason: '申请材料不实' });
    expect((await client.get(`/api/certificates/${app.id}/certificate.pdf`)).statusCode).toBe(409);
    expect((await client.post(`/api/certificates/${app.id}/mail`, {})).statusCode).toBe(409);
    expect(
      (await reviewer.post(`/api/admin/certificates/${app.id}/revoke`, { reason: '再次' }))
        .statusCode,
    ).toBe(409);
  });

  it('types are data: an unknown placeholder is refused on the field; edits are guarded by version', async () => {
    const base = {
      name: '测试证明',
      description: '用于测试',
      title: '测试证明',
      body: '兹证明{{机构名称}}{{不存在}}。',
      fields: [],
      namesLawyers: false,
      applicantKinds: ['LAW_FIRM'],
      validityDays: 30,
      reviewMode: 'MANUAL',
      active: true,
    };
    const bad = await reviewer.post('/api/admin/certificate-types', base);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors.body).toMatch(/^未知的占位符：不存在/);
    const created = await reviewer.post('/api/admin/certificate-types', {
      ...base,
      body: '兹证明{{机构名称}}为本会会员。',
    });
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    const saved = await reviewer.put(`/api/admin/certificate-types/${id}`, {
      ...base,
      body: '兹证明{{机构名称}}。',
      version,
    });
    expect(saved.statusCode).toBe(200);
    const stale = await reviewer.put(`/api/admin/certificate-types/${id}`, {
      ...base,
      body: '兹证明{{机构名称}}。',
      version,
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('verification and mail', () => {
  it('refuses unknown and malformed numbers, non-PDF and oversized uploads', async () => {
    const anon = new TestClient(t.app);
    expect((await anon.get('/api/public/certificates/ZM2026999999')).json().message).toBe(
      '证明编号不存在，请核对后重新输入',
    );
    const malformed = await anon.get('/api/public/certificates/ABC');
    expect(malformed.statusCode).toBe(400);
    const upload = (bytes: Buffer) => {
      const body = multipart('file', 'x.pdf', bytes, 'application/pdf');
      return anon.request('POST', '/api/public/certificates/verify-file', {
        payload: body.payload,
        headers: body.headers,
      });
    };
    const exe = await upload(Buffer.from('MZ\x90\x00 this is a program'));
    expect([400, 415]).toContain(exe.statusCode);
    const big = await upload(
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024, 32)]),
    );
    expect(big.statusCode).toBe(413);
  });

  it('rate-limits public verification per address, with a Chinese message', async () => {
    const limited = await startTestApp({ verifyRateLimitPerMinute: 3 });
    try {
      const visitor = new TestClient(limited.app, '10.9.8.7');
      const codes = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await visitor.get('/api/public/certificates/ZM2026999999')).statusCode);
      }
      expect(codes).toEqual([404, 404, 404, 429]);
      const refused = await visitor.get('/api/public/certificates/ZM2026999999');
      expect(refused.json().message).toMatch(/[\u4e00-\u9fa5]/);
      // Another address is not affected.
      expect(
        (await new TestClient(limited.app, '10.9.8.8').get('/api/public/certificates/ZM2026999999'))
          .statusCode,
      ).toBe(404);
    } finally {
      await limited.close();
    }
  });

  it('queues the certificate for mail; the worker writes one .eml with the PDF; a replay sends nothing more', async () => {
    const { client, application: app } = await issuedByFirm();
    const res = await client.post(`/api/certificates/${app.id}/mail`, {
      to: 'tender@buyer.example.cn',
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ to: 'tender@buyer.example.cn' });
    expect((await client.post(`/api/certificates/${app.id}/mail`, { to: 'bad@' })).statusCode).toBe(
      400,
    );
    await runDueJobs(t.prisma, t.jobHandlers);
    const mailDir = path.join(t.dataDir, 'mail');
    const files = (await readdir(mailDir)).filter((f) => f.endsWith('.eml'));
    const ours = [];
    for (const file of files) {
      const parsed = await simpleParser(
        await import('node:fs/promises').then((fs) => fs.readFile(path.join(mailDir, file))),
      );
      if (parsed.subject?.includes(app.certificate.number)) ours.push(parsed);
    }
    expect(ours).toHaveLength(1);
    expect(ours[0]!.attachments.map((a) => a.filename)).toEqual([`${app.certificate.number}.pdf`]);
    const message = await t.prisma.mailMessage.findFirstOrThrow({
      where: { to: 'tender@buyer.example.cn' },
    });
    expect(message.transport).toBe('file');
    await deliverMail(t.prisma, t.app.storage, mailerOf(t.config), message.id);
    expect((await readdir(mailDir)).filter((f) => f.includes(message.id))).toHaveLength(1);
    const outbox = (await (await staffClient(t, ['SUPPORT_AGENT'])).get('/api/admin/mail')).json();
    expect(outbox.items[0]).toMatchObject({
      to: 'tender@buyer.example.cn',
      attachmentNames: [`${app.certificate.number}.pdf`],
    });
  });

  it('delivers through a real SMTP server exactly once, with the PDF attached', async () => {
    const smtp = await startSmtpServer();
    try {
      const { client, application: app } = await issuedByFirm();
      await client.post(`/api/certificates/${app.id}/mail`, {});
      const message = await t.prisma.mailMessage.findFirstOrThrow({
        where: { subject: { contains: app.certificate.number } },
      });
      const mailer = mailerOf({ ...t.config, smtpUrl: smtp.url });
      await deliverMail(t.prisma, t.app.storage, mailer, message.id);
      await deliverMail(t.prisma, t.app.storage, mailer, message.id);
      expect(smtp.received).toHaveLength(1);
      const parsed = await simpleParser(smtp.received[0]!);
      expect(parsed.to).toMatchObject({ text: 'office@firm.example.cn' });
      expect(parsed.attachments[0]!.filename).toBe(`${app.certificate.number}.pdf`);
      expect(parsed.attachments[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
      expect(
        (await t.prisma.mailMessage.findUniqueOrThrow({ where: { id: message.id } })).transport,
      ).toBe('smtp');
    } finally {
      smtp.close();
    }
  });

  it.skipIf(!onPostgres())(
    'twenty automatic applications at once each get their own certificate number',
    async () => {
      const f = await firm();
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          f.client.post('/api/certificates', application(types['会员证明']!.id, { values: {} })),
        ),
      );
      expect(results.every((r) => r.statusCode === 201)).toBe(true);
      const numbers = new Set(results.map((r) => r.json().certificate.number));
      expect(numbers.size).toBe(20);
    },
  );
});
