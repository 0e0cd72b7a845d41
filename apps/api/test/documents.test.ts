import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CirculationTarget,
  DocumentInput,
  MemberDocument,
  MemberDocumentPage,
  RecipientPage,
  StaffDocument,
} from '@lx/shared/document-schemas';
import { remindUnreadRecipients } from '../src/modules/documents/read-by-reminders.ts';
import { makeLawyer, makeOrganisation } from './support/factories.ts';
import { formData } from './support/multipart.ts';
import { signIn, signedInLawyer, signedInStaff, staffClient } from './support/sign-in.ts';
import { onPostgres } from './support/test-database.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// 我的公文 (issue 13): composing, circulating to groups, the inbox, recorded reading, feedback and
// following, withdrawal, the read-by reminder, attachments, and who may see what.

let t: Started;
let clerk: TestClient;
let numbers = 0;
beforeAll(async () => {
  t = await startTestApp();
  clerk = (await signedInStaff(t, ['DOCUMENTS_CLERK'])).client;
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function documentInput(circulation: CirculationTarget[], overrides: Partial<DocumentInput> = {}) {
  return {
    number: `东律协〔2026〕${++numbers}号`,
    issuer: '东江市律师协会',
    issuedOn: '2026-11-20',
    receivedOn: '2026-11-21',
    secrecy: 'INTERNAL',
    title: `关于年度考核的通知${numbers}`,
    subjectWords: '年度考核',
    body: '各律师事务所：\n现将有关事项通知如下。',
    circulation,
    ...overrides,
  } satisfies DocumentInput;
}

/** A document composed and published by the clerk. */
async function published(circulation: CirculationTarget[], overrides: Partial<DocumentInput> = {}) {
  const created = await clerk.post('/api/admin/documents', documentInput(circulation, overrides));
  expect(created.statusCode, created.body).toBe(201);
  const draft = created.json<StaffDocument>();
  const res = await clerk.post(`/api/admin/documents/${draft.id}/publish`, {
    version: draft.version,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<StaffDocument>();
}

async function recipientsOf(documentId: string) {
  const rows = await t.prisma.documentRecipient.findMany({
    where: { documentId },
    include: { target: true },
  });
  return new Map(rows.map((r) => [r.accountId, r.target.label]));
}

describe('circulation: groups resolved into recipients when published', () => {
  it('a category, the heads of law firms, an organisation, a named group and named people; each person once', async () => {
    const firm = await makeOrganisation(t.prisma);
    const office = await makeOrganisation(t.prisma, { kind: 'COMPANY_OFFICE' });
    const aid = await makeLawyer(t.prisma, { practiceCategory: 'LEGAL_AID' });
    const aidInFirm = await makeLawyer(t.prisma, {
      practiceCategory: 'LEGAL_AID',
      organisationId: firm.organisation.id,
    });
    const colleague = await makeLawyer(t.prisma, { organisationId: firm.organisation.id });
    const head = await makeLawyer(t.prisma);
    await t.prisma.lawyer.update({
      where: { id: head.lawyer.id },
      data: { organisationRole: 'HEAD' },
    });
    const officeHead = await makeLawyer(t.prisma, { organisationId: office.organisation.id });
    await t.prisma.lawyer.update({
      where: { id: officeHead.lawyer.id },
      data: { organisationRole: 'HEAD' },
    });
    const retired = await makeLawyer(t.prisma, { practiceCategory: 'LEGAL_AID' });
    await t.prisma.lawyer.update({
      where: { id: retired.lawyer.id },
      data: { status: 'LEFT' },
    });
    const secretary = await makeLawyer(t.prisma);
    const named = await makeLawyer(t.prisma);
    const outsider = await makeLawyer(t.prisma);
    const group = await clerk.post('/api/admin/circulation-groups', {
      name: '各级律师协会秘书长',
      accountIds: [secretary.account.id, aid.account.id],
    });
    expect(group.statusCode, group.body).toBe(201);

    const document = await published([
      { kind: 'PRACTICE_CATEGORY', category: 'LEGAL_AID' },
      { kind: 'FIRM_HEADS' },
      { kind: 'ORGANISATION', organisationId: firm.organisation.id },
      { kind: 'GROUP', groupId: group.json<{ id: string }>().id },
      { kind: 'MEMBER', accountId: named.account.id },
      { kind: 'MEMBER', accountId: colleague.account.id },
    ]);
    const reached = await recipientsOf(document.id);
    expect(Object.fromEntries(reached)).toMatchObject({
      [aid.account.id]: '全部法律援助律师',
      [aidInFirm.account.id]: '全部法律援助律师',
      [head.account.id]: '全部律师事务所负责人/主任',
      [firm.account.id]: `${firm.organisation.name}全体人员`,
      [colleague.account.id]: `${firm.organisation.name}全体人员`,
      [secretary.account.id]: '各级律师协会秘书长',
      [named.account.id]: named.account.displayName,
    });
    // The head of a company office is no law firm's head; a lawyer who left is not reached.
    expect(reached.has(officeHead.account.id)).toBe(false);
    expect(reached.has(retired.account.id)).toBe(false);
    expect(reached.has(outsider.account.id)).toBe(false);
    expect(reached.has(office.account.id)).toBe(false);
    // Each person once, counted in the first target that reached them.
    expect(document.recipientCount).toBe(reached.size);
    const panel = Object.fromEntries(document.circulation.map((c) => [c.label, c.recipientCount]));
    expect(panel['各级律师协会秘书长']).toBe(1);
    expect(panel[colleague.account.displayName]).toBe(0);
    expect(document.readCount).toBe(0);
  });

  it('all lawyers: every practising lawyer with an account', async () => {
    const before = await t.prisma.lawyer.count({
      where: { status: 'PRACTISING', accountId: { not: null } },
    });
    const document = await published([{ kind: 'ALL_LAWYERS' }]);
    expect(document.recipientCount).toBe(before);
    expect(document.circulation[0]).toMatchObject({ label: '全部律师', recipientCount: before });
  });

  it('refuses to publish a circulation that reaches nobody, and leaves it a draft', async () => {
    const empty = await clerk.post('/api/admin/circulation-groups', {
      name: '空传阅组',
      accountIds: [],
    });
    const created = await clerk.post(
      '/api/admin/documents',
      documentInput([{ kind: 'GROUP', groupId: empty.json<{ id: string }>().id }]),
    );
    const draft = created.json<StaffDocument>();
    const res = await clerk.post(`/api/admin/documents/${draft.id}/publish`, {
      version: draft.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('传阅对象中没有任何人员，不能发布');
    const after = await t.prisma.officialDocument.findUniqueOrThrow({ where: { id: draft.id } });
    expect(after.state).toBe('DRAFT');
  });
});

describe('the clerk composes', () => {
  it('refuses on the field: a taken number, an unknown organisation, received before issued', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const first = documentInput([{ kind: 'MEMBER', accountId: lawyer.account.id }]);
    expect((await clerk.post('/api/admin/documents', first)).statusCode).toBe(201);
    const again = await clerk.post('/api/admin/documents', { ...first, title: '另一份' });
    expect(again.statusCode).toBe(400);
    expect(again.json().fieldErrors).toEqual({ number: '公文编号已存在' });
    const unknown = await clerk.post(
      '/api/admin/documents',
      documentInput([
        { kind: 'ALL_LAWYERS' },
        { kind: 'ORGANISATION', organisationId: lawyer.account.id },
      ]),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fieldErrors).toEqual({ 'circulation.1': '所选机构不存在' });
    const dates = await clerk.post(
      '/api/admin/documents',
      documentInput([{ kind: 'ALL_LAWYERS' }], { receivedOn: '2026-11-01' }),
    );
    expect(dates.statusCode).toBe(400);
    expect(dates.json().fieldErrors).toEqual({ receivedOn: '收文日期不能早于发文日期' });
  });

  it('edits a draft from the version it saw; a stale version or a published document is refused', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const input = documentInput([{ kind: 'MEMBER', accountId: lawyer.account.id }]);
    const draft = (await clerk.post('/api/admin/documents', input)).json<StaffDocument>();
    const edited = await clerk.put(`/api/admin/documents/${draft.id}`, {
      version: draft.version,
      document: { ...input, title: '改过的标题', circulation: [{ kind: 'FIRM_HEADS' }] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<StaffDocument>()).toMatchObject({
      title: '改过的标题',
      targets: [{ kind: 'FIRM_HEADS' }],
    });
    const stale = await clerk.put(`/api/admin/documents/${draft.id}`, {
      version: draft.version,
      document: input,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toBe('公文已被他人修改，请刷新后重试');

    const sent = await published([{ kind: 'MEMBER', accountId: lawyer.account.id }]);
    const late = await clerk.put(`/api/admin/documents/${sent.id}`, {
      version: sent.version,
      document: input,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('公文已发布，不能编辑');
  });

  it('attachments by content: a Word file is taken, a text file named .docx is refused', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const draft = (
      await clerk.post(
        '/api/admin/documents',
        documentInput([{ kind: 'MEMBER', accountId: lawyer.account.id }]),
      )
    ).json<StaffDocument>();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('名单').addRow(['姓名']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const ok = await clerk.request('POST', `/api/admin/documents/${draft.id}/attachments`, {
      ...formData([
        { name: 'attachments', filename: '通知.pdf', type: 'application/pdf', bytes: PDF },
        { name: 'attachments', filename: '名单.xlsx', type: 'application/zip', bytes: xlsx },
      ]),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<StaffDocument>().attachments.map((a) => a.filename)).toEqual([
      '通知.pdf',
      '名单.xlsx',
    ]);
    const fake = await clerk.request('POST', `/api/admin/documents/${draft.id}/attachments`, {
      ...formData([
        {
          name: 'attachments',
          filename: '通知.docx',
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: Buffer.from('这不是 Word 文件，只是一段文字。'.repeat(10)),
        },
      ]),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().fieldErrors.attachments).toBe(
      '附件“通知.docx”不是 PDF、JPEG、PNG、Word、Excel 文件',
    );
    const files = await t.prisma.documentAttachment.count({ where: { documentId: draft.id } });
    expect(files).toBe(2);
  });
});

describe('a recipient reads, follows and gives feedback', () => {
  it('the inbox, the first reading recorded once, the home work item', async () => {
    const reader = await signedInLawyer(t);
    const document = await published([{ kind: 'MEMBER', accountId: reader.account.id }], {
      title: '关于律师年度考核的通知',
    });
    const inbox = (
      await reader.client.get('/api/documents?read=unread')
    ).json<MemberDocumentPage>();
    expect(inbox.unread).toBe(1);
    expect(inbox.items.map((d) => [d.title, d.readAt])).toEqual([['关于律师年度考核的通知', null]]);
    const home = (await reader.client.get('/api/home')).json<{ workItems: { key: string }[] }>();
    expect(home.workItems.map((w) => w.key)).toContain('documents-unread');
    expect((await reader.client.get('/api/documents?q=年度考核')).json().total).toBe(1);
    expect((await reader.client.get('/api/documents?q=不存在的词')).json().total).toBe(0);
    // A pattern character is a character, not a wildcard.
    expect((await reader.client.get('/api/documents?q=%25')).json().total).toBe(0);
    // A page past the end still says how many there are.
    expect((await reader.client.get('/api/documents?page=3')).json()).toMatchObject({
      items: [],
      total: 1,
      unread: 1,
    });

    // Two openings at the same moment: one first reading, which later openings do not move.
    const [a, b] = await Promise.all([
      reader.client.get(`/api/documents/${document.id}`),
      reader.client.get(`/api/documents/${document.id}`),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const first = (
      await t.prisma.documentRecipient.findUniqueOrThrow({
        where: { documentId_accountId: { documentId: document.id, accountId: reader.account.id } },
      })
    ).readAt!;
    expect([a.json<MemberDocument>().readAt, b.json<MemberDocument>().readAt]).toEqual([
      first.toISOString(),
      first.toISOString(),
    ]);
    const later = (await reader.client.get(`/api/documents/${document.id}`)).json<MemberDocument>();
    expect(later.readAt).toBe(first.toISOString());
    expect((await reader.client.get('/api/documents?read=unread')).json().total).toBe(0);
    const staffView = (
      await clerk.get(`/api/admin/documents/${document.id}`)
    ).json<StaffDocument>();
    expect(staffView.readCount).toBe(1);
  });

  it('feedback tells each follower once, never the author; unfollowing stops it', async () => {
    const author = await signedInLawyer(t);
    const follower = await signedInLawyer(t);
    const quitter = await signedInLawyer(t);
    const silent = await signedInLawyer(t);
    const document = await published(
      [author, follower, quitter, silent].map((p) => ({
        kind: 'MEMBER' as const,
        accountId: p.account.id,
      })),
    );
    for (const p of [author, follower, quitter]) {
      const res = await p.client.put(`/api/documents/${document.id}/follow`);
      expect(res.json()).toEqual({ following: true });
    }
    expect((await quitter.client.delete(`/api/documents/${document.id}/follow`)).json()).toEqual({
      following: false,
    });
    const posted = await author.client.request('POST', `/api/documents/${document.id}/feedback`, {
      ...formData([
        { name: 'body', value: '我所已组织学习，附学习记录。' },
        { name: 'attachments', filename: '学习记录.pdf', type: 'application/pdf', bytes: PDF },
      ]),
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({
      authorName: author.account.displayName,
      fromStaff: false,
      attachments: [{ filename: '学习记录.pdf' }],
    });
    const told = async (accountId: string) => ({
      notices: await t.prisma.notification.count({
        where: { accountId, title: { startsWith: '公文有新的反馈' } },
      }),
      sms: await t.prisma.smsMessage.count({ where: { accountId, purpose: '公文反馈' } }),
    });
    expect(await told(follower.account.id)).toEqual({ notices: 1, sms: 1 });
    expect(await told(author.account.id)).toEqual({ notices: 0, sms: 0 });
    expect(await told(quitter.account.id)).toEqual({ notices: 0, sms: 0 });
    expect(await told(silent.account.id)).toEqual({ notices: 0, sms: 0 });

    // Everyone it went to sees the thread; the clerk replies into it.
    const reply = await clerk.post(`/api/admin/documents/${document.id}/feedback`, {
      body: '收到，感谢反馈。',
    });
    expect(reply.statusCode, reply.body).toBe(201);
    const thread = (await silent.client.get(`/api/documents/${document.id}/feedback`)).json<
      { body: string; fromStaff: boolean }[]
    >();
    expect(thread.map((f) => [f.body, f.fromStaff])).toEqual([
      ['我所已组织学习，附学习记录。', false],
      ['收到，感谢反馈。', true],
    ]);
    expect(await told(author.account.id)).toEqual({ notices: 1, sms: 1 });
    const audit = await t.prisma.auditEntry.findMany({
      where: { entityId: document.id, action: { startsWith: 'document.feedback' } },
    });
    expect(audit.map((e) => e.action).sort()).toEqual([
      'document.feedback.posted',
      'document.feedback.replied',
    ]);
  });

  it('an attachment downloads with its Chinese name for recipients and the clerk only', async () => {
    const reader = await signedInLawyer(t);
    const other = await signedInLawyer(t);
    const created = await clerk.post(
      '/api/admin/documents',
      documentInput([{ kind: 'MEMBER', accountId: reader.account.id }]),
    );
    const draft = created.json<StaffDocument>();
    const withFile = await clerk.request('POST', `/api/admin/documents/${draft.id}/attachments`, {
      ...formData([
        { name: 'attachments', filename: '考核办法.pdf', type: 'application/pdf', bytes: PDF },
      ]),
    });
    const [file] = withFile.json<StaffDocument>().attachments;
    // Not before it is published: a draft has no recipients.
    expect((await reader.client.get(`/api/document-attachments/${file!.id}`)).statusCode).toBe(404);
    await clerk.post(`/api/admin/documents/${draft.id}/publish`, {
      version: withFile.json<StaffDocument>().version,
    });
    const res = await reader.client.get(`/api/document-attachments/${file!.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('考核办法.pdf')}`,
    );
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect((await other.client.get(`/api/document-attachments/${file!.id}`)).statusCode).toBe(404);
    expect((await clerk.get(`/api/admin/document-attachments/${file!.id}`)).statusCode).toBe(200);
  });
});

describe('withdrawal', () => {
  it('recipients keep it as 已撤回 with the reason and their reading; no new feedback (409)', async () => {
    const reader = await signedInLawyer(t);
    const document = await published([{ kind: 'MEMBER', accountId: reader.account.id }]);
    await reader.client.get(`/api/documents/${document.id}`);
    const res = await clerk.post(`/api/admin/documents/${document.id}/withdraw`, {
      reason: '文号有误，另行发文',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<StaffDocument>()).toMatchObject({ state: 'WITHDRAWN', readCount: 1 });
    const seen = (await reader.client.get(`/api/documents/${document.id}`)).json<MemberDocument>();
    expect(seen).toMatchObject({
      state: 'WITHDRAWN',
      withdrawReason: '文号有误，另行发文',
      canFeedback: false,
    });
    expect(seen.readAt).not.toBeNull();
    const late = await reader.client.post(`/api/documents/${document.id}/feedback`, {
      body: '还能反馈吗',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('公文已撤回，不再接收反馈');
    const twice = await clerk.post(`/api/admin/documents/${document.id}/withdraw`, {
      reason: '再撤一次',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe('公文已撤回，不能撤回公文');
    const empty = await clerk.post(`/api/admin/documents/${document.id}/withdraw`, { reason: ' ' });
    expect(empty.statusCode).toBe(400);
  });
});

describe('阅读期限', () => {
  it('reminds the unread recipients once, the day before', async () => {
    const readerA = await signedInLawyer(t);
    const unread = await makeLawyer(t.prisma);
    const now = new Date('2026-12-09T02:00:00Z'); // 10:00 in Shanghai, the day before
    const document = await published(
      [readerA, unread].map((p) => ({ kind: 'MEMBER' as const, accountId: p.account.id })),
      { readBy: '2026-12-10' },
    );
    await readerA.client.get(`/api/documents/${document.id}`);
    // Two days before: nothing yet.
    expect(await remindUnreadRecipients(t.prisma, new Date('2026-12-08T02:00:00Z'))).toBe(0);
    const [first, second] = await Promise.all([
      remindUnreadRecipients(t.prisma, now),
      remindUnreadRecipients(t.prisma, now),
    ]);
    expect(first + second).toBe(1);
    expect(await remindUnreadRecipients(t.prisma, now)).toBe(0);
    const reminded = async (accountId: string) =>
      t.prisma.notification.count({
        where: { accountId, title: { startsWith: '公文阅读提醒' } },
      });
    expect(await reminded(unread.account.id)).toBe(1);
    expect(await reminded(readerA.account.id)).toBe(0);
    expect(
      await t.prisma.smsMessage.count({
        where: { accountId: unread.account.id, purpose: '公文阅读提醒' },
      }),
    ).toBe(1);
  });
});

describe('传阅情况 and its export', () => {
  it('pages the recipients by target with their reading, filters the unread, exports .xlsx', async () => {
    const readers = await Promise.all([signedInLawyer(t), signedInLawyer(t), signedInLawyer(t)]);
    const document = await published(
      readers.map((p) => ({ kind: 'MEMBER' as const, accountId: p.account.id })),
    );
    await readers[0]!.client.get(`/api/documents/${document.id}`);
    const all = (
      await clerk.get(`/api/admin/documents/${document.id}/recipients?pageSize=2`)
    ).json<RecipientPage>();
    expect(all.total).toBe(3);
    expect(all.items).toHaveLength(2);
    const unread = (
      await readers[1]!.client.get(`/api/documents/${document.id}/recipients?unread=true`)
    ).json<RecipientPage>();
    expect(unread.items.map((r) => r.name).sort()).toEqual(
      [readers[1]!, readers[2]!].map((p) => p.account.displayName).sort(),
    );
    const res = await clerk.get(`/api/admin/documents/${document.id}/recipients.xlsx`);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('传阅情况')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '姓名',
      '单位',
      '传阅给',
      '阅读状态',
      '首次阅读时间',
    ]);
    const statuses = [2, 3, 4].map((n) => [
      sheet.getRow(n).getCell(1).text,
      sheet.getRow(n).getCell(4).text,
    ]);
    expect(statuses).toContainEqual([readers[0]!.account.displayName, '已阅']);
    expect(statuses.filter(([, s]) => s === '未读')).toHaveLength(2);
  });
});

describe('access', () => {
  it('anyone not a recipient gets 404 on every member route, whatever they guess', async () => {
    const reader = await signedInLawyer(t);
    const stranger = await signedInLawyer(t);
    const firm = await makeOrganisation(t.prisma, { mustChangePassword: false });
    const firmClient = await signIn(t, firm);
    const document = await published([{ kind: 'MEMBER', accountId: reader.account.id }]);
    const draft = (
      await clerk.post(
        '/api/admin/documents',
        documentInput([{ kind: 'MEMBER', accountId: reader.account.id }]),
      )
    ).json<StaffDocument>();
    for (const client of [stranger.client, firmClient]) {
      for (const id of [document.id, draft.id]) {
        const answers = await Promise.all([
          client.get(`/api/documents/${id}`),
          client.get(`/api/documents/${id}/recipients`),
          client.get(`/api/documents/${id}/feedback`),
          client.post(`/api/documents/${id}/feedback`, { body: '看看' }),
          client.put(`/api/documents/${id}/follow`),
          client.delete(`/api/documents/${id}/follow`),
        ]);
        expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
      }
      expect((await client.get('/api/documents')).json().total).toBe(0);
    }
    // The recipient cannot open the draft either.
    expect((await reader.client.get(`/api/documents/${draft.id}`)).statusCode).toBe(404);
  });

  it('staff routes: the clerk and the administrator; others 403, members 403, signed out 401', async () => {
    const lawyer = await signedInLawyer(t);
    const support = await staffClient(t, ['SUPPORT_AGENT']);
    const admin = await staffClient(t, ['ADMINISTRATOR']);
    const document = await published([{ kind: 'MEMBER', accountId: lawyer.account.id }]);
    const id = document.id;
    const group = (
      await clerk.post('/api/admin/circulation-groups', { name: '权限测试组', accountIds: [] })
    ).json<{ id: string }>();
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/admin/documents'],
      ['POST', '/api/admin/documents', {}],
      ['GET', `/api/admin/documents/${id}`],
      ['PUT', `/api/admin/documents/${id}`, {}],
      ['POST', `/api/admin/documents/${id}/attachments`, {}],
      ['DELETE', `/api/admin/documents/${id}/attachments/${id}`],
      ['POST', `/api/admin/documents/${id}/publish`, {}],
      ['POST', `/api/admin/documents/${id}/withdraw`, {}],
      ['GET', `/api/admin/documents/${id}/recipients`],
      ['GET', `/api/admin/documents/${id}/recipients.xlsx`],
      ['GET', `/api/admin/documents/${id}/feedback`],
      ['POST', `/api/admin/documents/${id}/feedback`, {}],
      ['GET', `/api/admin/document-attachments/${id}`],
      ['GET', '/api/admin/circulation-groups'],
      ['POST', '/api/admin/circulation-groups', {}],
      ['GET', `/api/admin/circulation-groups/${group.id}`],
      ['PUT', `/api/admin/circulation-groups/${group.id}`, {}],
      ['DELETE', `/api/admin/circulation-groups/${group.id}`],
      ['GET', '/api/admin/circulation-people?q=律师'],
      ['GET', '/api/admin/circulation-organisations?q=律师'],
    ];
    const signedOut = new TestClient(t.app);
    for (const [method, url, body] of routes) {
      const as = (client: TestClient) =>
        client.request(method as 'GET', url, body === undefined ? {} : { body });
      expect([url, (await as(signedOut)).statusCode]).toEqual([url, 401]);
      expect([url, (await as(support)).statusCode]).toEqual([url, 403]);
      expect([url, (await as(lawyer.client)).statusCode]).toEqual([url, 403]);
    }
    // A document that does not exist is not found, for the clerk too.
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await clerk.get(`/api/admin/documents/${missing}/feedback`)).statusCode).toBe(404);
    // Read routes answer the clerk and the administrator alike.
    for (const client of [clerk, admin]) {
      expect((await client.get(`/api/admin/documents/${id}`)).statusCode).toBe(200);
      expect((await client.get('/api/admin/circulation-people?q=律师')).statusCode).toBe(200);
    }
  });
});

describe.skipIf(!onPostgres())('races on PostgreSQL', () => {
  it('two clerks publishing the same draft at once: one publishes, recipients written once', async () => {
    const lawyer = await makeLawyer(t.prisma);
    const other = await staffClient(t, ['DOCUMENTS_CLERK']);
    const draft = (
      await clerk.post('/api/admin/documents', documentInput([{ kind: 'ALL_LAWYERS' }]))
    ).json<StaffDocument>();
    const answers = await Promise.all(
      [clerk, other].map((c) =>
        c.post(`/api/admin/documents/${draft.id}/publish`, { version: draft.version }),
      ),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const recipients = await t.prisma.documentRecipient.count({ where: { documentId: draft.id } });
    const saved = await t.prisma.officialDocument.findUniqueOrThrow({ where: { id: draft.id } });
    expect(saved.recipientCount).toBe(recipients);
    expect((await recipientsOf(draft.id)).has(lawyer.account.id)).toBe(true);
  });
});
