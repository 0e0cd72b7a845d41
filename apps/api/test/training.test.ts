import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '@lx/shared/dates';
import { yearWord } from '@lx/shared/training-rules';
import type { ImportReport, ImportResult } from '@lx/shared/table-import';
import type {
  CompliancePage,
  ImportBatchPage,
  OrganisationCompliancePage,
  TrainingEntry,
  TrainingEntryPage,
  TrainingSummary,
} from '@lx/shared/training-schemas';
import { creditEventTraining } from '../src/modules/training/credit-training.ts';
import { makeLawyer, makeOrganisation } from './support/factories.ts';
import { formData } from './support/multipart.ts';
import { pdfText } from './support/pdf-tools.ts';
import { signedInLawyer, signedInOrganisation, staffClient } from './support/sign-in.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// 培训记录 (issue 14): the ledger, requirements, manual entries and reversals, imports, the
// compliance report, the statement, and who may read whose records.

let t: Started;
let officer: TestClient;
type TestClientResponse = Awaited<ReturnType<TestClient['get']>>;
const YEAR = 2026;
/** How the sentences name YEAR: 本年度 while it is the year under way. */
const WORD = yearWord(YEAR);
/** A day after today (Shanghai): refused as a training date. */
const TOMORROW = formatDate(new Date(Date.now() + 2 * 24 * 3600_000));

beforeAll(async () => {
  t = await startTestApp();
  officer = await staffClient(t, ['EVENTS_OFFICER']);
  const res = await officer.put(`/api/admin/training/requirements/${YEAR}`, {
    items: [
      { category: 'FULL_TIME', totalHours: 40, minimums: { ONSITE: 10 } },
      { category: 'TRAINEE', totalHours: 30, minimums: {} },
    ],
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t.close());

const entry = (over: Record<string, unknown> = {}) => ({
  date: `${YEAR}-03-05`,
  title: '民法典合同编专题讲座',
  organiser: '测试市律师协会',
  kind: 'ONSITE',
  hours: 3,
  reason: '纸质签到表补录',
  ...over,
});

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\r\n'), 'utf8');
const HEADER = ['执业证号', '会员编号', '姓名', '日期', '课程名称', '主办方', '类别', '学时'];
const upload = (bytes: Buffer, filename = '培训记录.csv', type = 'text/csv') =>
  formData([{ name: 'file', filename, type, bytes }]);

async function summaryOf(client: TestClient, url = `/api/training/summary?year=${YEAR}`) {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TrainingSummary>();
}

describe('a lawyer’s year against the requirement', () => {
  it('totals per kind, what is left and the sentence; entries newest first', async () => {
    const me = await signedInLawyer(t);
    for (const e of [
      entry({ hours: 4 }),
      entry({ date: `${YEAR}-05-01`, title: '网络课程：电子证据', kind: 'ONLINE', hours: 20.5 }),
      entry({ date: `${YEAR - 1}-12-31`, title: '去年的课', hours: 8 }),
    ]) {
      const res = await officer.post(`/api/admin/training/lawyers/${me.lawyer.id}/entries`, e);
      expect(res.statusCode, res.body).toBe(201);
    }
    const summary = await summaryOf(me.client);
    expect(summary.totals).toEqual({ ONSITE: 4, OFFLINE: 0, ONLINE: 20.5, total: 24.5 });
    expect(summary.requirement).toEqual({ totalHours: 40, minimums: { ONSITE: 10 } });
    expect(summary.remaining).toBe(15.5);
    expect(summary.sentence).toBe(`${WORD}还需完成 15.5 学时，其中现场培训 6 学时`);
    expect(summary.compliant).toBe(false);

    const page = (
      await me.client.get(`/api/training/entries?year=${YEAR}&pageSize=1`)
    ).json<TrainingEntryPage>();
    expect([page.total, page.items[0]!.date]).toEqual([2, `${YEAR}-05-01`]);
    const last = (
      await me.client.get(`/api/training/entries?year=${YEAR - 1}`)
    ).json<TrainingEntryPage>();
    expect(last.items.map((i) => i.title)).toEqual(['去年的课']);
  });

  it('no requirement set for the category: says so and counts as met', async () => {
    const me = await signedInLawyer(t, { practiceCategory: 'PUBLIC' });
    const summary = await summaryOf(me.client);
    expect([summary.requirement, summary.compliant, summary.sentence]).toEqual([
      null,
      true,
      `${WORD}未设定学时要求`,
    ]);
  });

  it('the statement PDF names the lawyer and the total', async () => {
    const me = await signedInLawyer(t);
    await officer.post(
      `/api/admin/training/lawyers/${me.lawyer.id}/entries`,
      entry({ hours: 6.5 }),
    );
    const res = await me.client.get(`/api/training/statement.pdf?year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = path.join(t.dataDir, 'statement.pdf');
    await writeFile(file, res.rawPayload);
    const text = (await pdfText(file)).replace(/\s+/g, '');
    expect(text).toContain('律师培训学时证明');
    expect(text).toContain(me.lawyer.name);
    expect(text).toContain('6.5学时');
    expect(text).toContain(`${WORD}还需完成33.5学时，其中现场培训3.5学时`.replace(/\s+/g, ''));
  });
});

describe('who may read whose records', () => {
  it('a lawyer reading another’s ledger: 404; their own through the same path: 200', async () => {
    const me = await signedInLawyer(t);
    const other = await makeLawyer(t.prisma);
    for (const url of [
      `/api/training/lawyers/${other.lawyer.id}/summary?year=${YEAR}`,
      `/api/training/lawyers/${other.lawyer.id}/entries?year=${YEAR}`,
      `/api/training/lawyers/${other.lawyer.id}/statement.pdf?year=${YEAR}`,
    ])
      expect((await me.client.get(url)).statusCode, url).toBe(404);
    expect(
      (await me.client.get(`/api/training/lawyers/${me.lawyer.id}/summary?year=${YEAR}`))
        .statusCode,
    ).toBe(200);
    expect((await me.client.get(`/api/training/roster?year=${YEAR}`)).statusCode).toBe(403);
  });

  it('a firm reads its roster’s lawyers, not one outside it (404)', async () => {
    const firm = await signedInOrganisation(t);
    const mine = await makeLawyer(t.prisma, { organisationId: firm.organisation.id });
    const stranger = await makeLawyer(t.prisma);
    await officer.post(`/api/admin/training/lawyers/${mine.lawyer.id}/entries`, entry());
    const roster = (await firm.client.get(`/api/training/roster?year=${YEAR}`)).json<{
      items: TrainingSummary[];
    }>();
    expect(roster.items.map((s) => [s.lawyer.name, s.totals.total])).toEqual([
      [mine.lawyer.name, 3],
    ]);
    expect(
      (await firm.client.get(`/api/training/lawyers/${mine.lawyer.id}/entries?year=${YEAR}`))
        .statusCode,
    ).toBe(200);
    for (const url of [
      `/api/training/lawyers/${stranger.lawyer.id}/summary?year=${YEAR}`,
      `/api/training/lawyers/${stranger.lawyer.id}/entries?year=${YEAR}`,
      `/api/training/lawyers/${stranger.lawyer.id}/statement.pdf?year=${YEAR}`,
    ])
      expect((await firm.client.get(url)).statusCode, url).toBe(404);
    const own = await firm.client.get(`/api/training/summary?year=${YEAR}`);
    expect([own.statusCode, own.json().message]).toEqual([403, '机构账号请在“本所律师学时”中查看']);
  });

  it('staff routes: 活动专员 and 管理员 only; other roles 403, signed out 401', async () => {
    const urls = [
      `/api/admin/training/compliance?year=${YEAR}`,
      '/api/admin/training/imports',
      `/api/admin/training/requirements?year=${YEAR}`,
    ];
    const support = await staffClient(t, ['SUPPORT_AGENT']);
    const admin = await staffClient(t, ['ADMINISTRATOR']);
    const lawyer = (await signedInLawyer(t)).client;
    for (const url of urls) {
      expect((await officer.get(url)).statusCode, url).toBe(200);
      expect((await admin.get(url)).statusCode, url).toBe(200);
      expect((await support.get(url)).statusCode, url).toBe(403);
      expect((await lawyer.get(url)).statusCode, url).toBe(403);
      expect((await new TestClient(t.app).get(url)).statusCode, url).toBe(401);
    }
    expect((await new TestClient(t.app).get(`/api/training/summary?year=${YEAR}`)).statusCode).toBe(
      401,
    );
  });
});

describe('manual entries and reversals', () => {
  it('refuses a bad entry on its fields, writes nothing', async () => {
    const { lawyer } = await makeLawyer(t.prisma);
    const res = await officer.post(
      `/api/admin/training/lawyers/${lawyer.id}/entries`,
      entry({ hours: 1.2, kind: 'X', title: ' ', reason: '', date: TOMORROW }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fieldErrors).toEqual({
      hours: '学时应以 0.5 学时为单位',
      kind: '类别应为现场培训、线下培训、网络课程之一',
      title: '请填写课程名称',
      reason: '请填写录入原因',
      date: '培训日期不能晚于今天',
    });
    expect(await t.prisma.trainingEntry.count({ where: { lawyerId: lawyer.id } })).toBe(0);
  });

  it('a reversal nets the line out; a line is reversed once, a reversal never', async () => {
    const me = await signedInLawyer(t);
    const added = (
      await officer.post(`/api/admin/training/lawyers/${me.lawyer.id}/entries`, entry())
    ).json<TrainingEntry>();
    const missing = await officer.post(`/api/admin/training/entries/${added.id}/reverse`, {});
    expect(missing.json().fieldErrors).toEqual({ reason: '请填写冲销原因' });
    // Two staff at once: one reversal.
    const [a, b] = (await Promise.all(
      [1, 2].map(() =>
        officer.post(`/api/admin/training/entries/${added.id}/reverse`, { reason: '重复录入' }),
      ),
    )) as [TestClientResponse, TestClientResponse];
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const reversal = (a.statusCode === 201 ? a : b).json<TrainingEntry>();
    expect([reversal.hours, reversal.reversesId]).toEqual([-3, added.id]);
    const again = await officer.post(`/api/admin/training/entries/${reversal.id}/reverse`, {
      reason: '再冲',
    });
    expect([again.statusCode, again.json().message]).toEqual([409, '冲销记录不能再冲销']);
    expect((await summaryOf(me.client)).totals.total).toBe(0);
    const lines = (
      await me.client.get(`/api/training/entries?year=${YEAR}`)
    ).json<TrainingEntryPage>();
    expect(lines.items.find((i) => i.id === added.id)!.reversed).toBe(true);
    expect(
      await t.prisma.auditEntry.count({
        where: { action: 'training.entry.reversed', entityId: added.id },
      }),
    ).toBe(1);
  });

  it('attendance credited twice at once gives one entry', async () => {
    const { lawyer, account } = await makeLawyer(t.prisma);
    const event = await t.prisma.event.create({
      data: {
        title: '执业风险防范讲座',
        organiser: '测试市律师协会',
        location: '报告厅',
        startsAt: new Date(`${YEAR}-04-10T01:00:00Z`),
        endsAt: new Date(`${YEAR}-04-10T03:00:00Z`),
        registrationOpensAt: new Date(`${YEAR}-04-01T00:00:00Z`),
        registrationClosesAt: new Date(`${YEAR}-04-09T00:00:00Z`),
        capacity: 10,
        scopePractice: ['FULL_TIME'],
        scopeOrganisations: [],
        state: 'FINISHED',
        trainingHours: 2,
        trainingKind: 'ONSITE',
      },
    });
    await t.prisma.eventRegistration.create({
      data: {
        eventId: event.id,
        accountId: account.id,
        lawyerId: lawyer.id,
        state: 'ATTENDED',
        name: lawyer.name,
        gender: 'MALE',
        workplace: '测试律师事务所',
        mobile: '13900000000',
        email: 'a@example.cn',
        checkInCode: '000001',
      },
    });
    const written = await Promise.all(
      [1, 2, 3].map(() => t.prisma.$transaction((tx) => creditEventTraining(tx, event))),
    );
    expect(written.reduce((s, n) => s + n, 0)).toBe(1);
    expect(await t.prisma.trainingEntry.count({ where: { lawyerId: lawyer.id } })).toBe(1);
  });
});

describe('imports: a dry run with row errors, then one transaction', () => {
  it('lists every row error in Chinese and writes nothing', async () => {
    const a = await makeLawyer(t.prisma);
    const b = await makeLawyer(t.prisma);
    await officer.post(`/api/admin/training/lawyers/${b.lawyer.id}/entries`, entry());
    const rows = [
      HEADER,
      [a.lawyer.licenceNo!, '', a.lawyer.name, `${YEAR}-03-05`, '课一', '律协', '现场培训', '3'],
      ['99999999999999999', '', '某人', `${YEAR}-03-05`, '课一', '律协', '现场培训', '3'],
      [a.lawyer.licenceNo!, '', '别人', `${YEAR}-03-05`, '课二', '律协', '现场培训', '3'],
      ['', a.lawyer.memberNo, a.lawyer.name, '2026-02-30', '课三', '律协', '现场培训', '3'],
      [a.lawyer.licenceNo!, '', a.lawyer.name, TOMORROW, '课四', '律协', '现场培训', '3'],
      [a.lawyer.licenceNo!, '', a.lawyer.name, `${YEAR}-03-06`, '课五', '律协', '讲座', '3'],
      [a.lawyer.licenceNo!, '', a.lawyer.name, `${YEAR}-03-07`, '课六', '律协', '网络课程', '0'],
      [a.lawyer.licenceNo!, '', a.lawyer.name, `${YEAR}-03-08`, '课七', '律协', '网络', '25'],
      [a.lawyer.licenceNo!, '', a.lawyer.name, `${YEAR}-03-09`, '课八', '律协', '线下培训', '1.2'],
      [a.lawyer.licenceNo!, '', a.lawyer.name, `${YEAR}-03-10`, '', '律协', '线下培训', '2'],
      ['', '', a.lawyer.name, `${YEAR}-03-11`, '课九', '律协', '线下培训', '2'],
      [a.lawyer.licenceNo!, '', a.lawyer.name, `${YEAR}/3/5`, '课一', '律协', '现场', '1'],
      // Already in the ledger (an import of the same line would be skipped, not an error): only
      // imports count, so b's manual entry is not a duplicate of this.
      [
        b.lawyer.licenceNo!,
        '',
        b.lawyer.name,
        `${YEAR}-03-05`,
        '民法典合同编专题讲座',
        '律协',
        '现场培训',
        '3',
      ],
    ];
    const res = await officer.request('POST', '/api/admin/training/imports/dry-run', {
      ...upload(csv(rows)),
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<ImportReport>();
    expect(report.errors).toEqual([
      { row: 3, column: '执业证号', message: '执业证号 99999999999999999 不存在' },
      { row: 4, column: '姓名', message: `姓名与执业证号不符（系统中为 ${a.lawyer.name}）` },
      { row: 5, column: '日期', message: '日期不是有效日期' },
      { row: 6, column: '日期', message: '日期不能晚于今天' },
      { row: 7, column: '类别', message: '类别应为现场培训、线下培训、网络课程之一' },
      { row: 8, column: '学时', message: '学时应大于 0' },
      { row: 9, column: '学时', message: '学时不能超过 24' },
      { row: 10, column: '学时', message: '学时应以 0.5 学时为单位' },
      { row: 11, column: '课程名称', message: '请填写课程名称' },
      { row: 12, column: '执业证号', message: '请填写执业证号或会员编号' },
      { row: 13, column: '课程名称', message: '与第 2 行重复（同一律师、日期和课程）' },
    ]);
    expect([report.rows, report.valid, report.alreadyImported]).toEqual([13, 2, 0]);
    expect(await t.prisma.trainingEntry.count({ where: { lawyerId: a.lawyer.id } })).toBe(0);
  });

  it('imports the valid rows as one batch; the same file again adds nothing; reversal undoes it', async () => {
    const a = await makeLawyer(t.prisma);
    const b = await makeLawyer(t.prisma);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('培训');
    sheet.addRow(HEADER);
    sheet.addRow([
      a.lawyer.licenceNo,
      '',
      a.lawyer.name,
      new Date(Date.UTC(YEAR, 2, 5)),
      '课一',
      '律协',
      '现场培训',
      3,
    ]);
    sheet.addRow([
      '',
      b.lawyer.memberNo,
      b.lawyer.name,
      `${YEAR}-04-01`,
      '课二',
      '律协',
      '网络课程',
      1.5,
    ]);
    sheet.addRow([a.lawyer.licenceNo, '', '别人', `${YEAR}-04-01`, '课三', '律协', '网络课程', 2]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const send = () =>
      officer.request('POST', '/api/admin/training/imports', {
        ...upload(xlsx, '三月培训.xlsx', 'application/octet-stream'),
      });
    // The same file twice at once: its rows are written once.
    const [first, second] = await Promise.all([send(), send()]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    const results = [first.json<ImportResult>(), second.json<ImportResult>()].sort(
      (x, y) => y.imported - x.imported,
    );
    expect(results.map((r) => [r.imported, r.alreadyImported, r.errors.length])).toEqual([
      [2, 0, 1],
      [0, 2, 1],
    ]);
    expect(results[1]!.batchId).toBeNull();
    const later = (await send()).json<ImportResult>();
    expect([later.imported, later.alreadyImported]).toEqual([0, 2]);
    expect(
      await t.prisma.trainingEntry.count({
        where: { lawyerId: { in: [a.lawyer.id, b.lawyer.id] } },
      }),
    ).toBe(2);

    const batches = (await officer.get('/api/admin/training/imports')).json<ImportBatchPage>();
    const batch = batches.items.find((x) => x.id === results[0]!.batchId)!;
    expect([batch.filename, batch.entries, batch.hours, batch.reversedAt]).toEqual([
      '三月培训.xlsx',
      2,
      4.5,
      null,
    ]);
    const reversed = await officer.post(`/api/admin/training/imports/${batch.id}/reverse`, {
      reason: '文件有误',
    });
    expect(reversed.statusCode, reversed.body).toBe(200);
    const twice = await officer.post(`/api/admin/training/imports/${batch.id}/reverse`, {
      reason: '文件有误',
    });
    expect([twice.statusCode, twice.json().message]).toEqual([409, '该批次已冲销']);
    const aSummary = await officer.get(
      `/api/admin/training/lawyers/${a.lawyer.id}/summary?year=${YEAR}`,
    );
    expect(aSummary.json<TrainingSummary>().totals.total).toBe(0);
    // Reversed, the same file imports again.
    expect((await send()).json<ImportResult>().imported).toBe(2);
  });

  it('reads a CSV that Excel saved as GB18030, and refuses a file without the columns', async () => {
    const a = await makeLawyer(t.prisma);
    const text = [
      HEADER.join(','),
      [a.lawyer.licenceNo, '', a.lawyer.name, `${YEAR}-06-01`, '课', '律协', '线下培训', '2'].join(
        ',',
      ),
    ].join('\r\n');
    const gb = Buffer.from(new TextEncoderGb().encode(text));
    const res = await officer.request('POST', '/api/admin/training/imports/dry-run', {
      ...upload(gb),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportReport>().valid).toBe(1);

    const bad = await officer.request('POST', '/api/admin/training/imports/dry-run', {
      ...upload(
        csv([
          ['姓名', '学时'],
          ['张三', '2'],
        ]),
      ),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors.file).toBe(
      '文件第 1 行应为列名，缺少：执业证号或会员编号、日期、课程名称、主办方、类别',
    );
    const pdf = await officer.request('POST', '/api/admin/training/imports/dry-run', {
      ...upload(Buffer.from('%PDF-1.4\n%%EOF\n'), 'x.csv'),
    });
    expect(pdf.statusCode).toBe(415);
  });
});

describe('the compliance report', () => {
  it('counts, filters and agrees with the shared rule; per organisation; exports .xlsx', async () => {
    const firm = await makeOrganisation(t.prisma);
    const done = await makeLawyer(t.prisma, { organisationId: firm.organisation.id });
    const kindShort = await makeLawyer(t.prisma, { organisationId: firm.organisation.id });
    const behind = await makeLawyer(t.prisma, { organisationId: firm.organisation.id });
    const add = (id: string, e: Record<string, unknown>) =>
      officer.post(`/api/admin/training/lawyers/${id}/entries`, entry(e));
    await add(done.lawyer.id, { hours: 20 });
    await add(done.lawyer.id, { title: '二', hours: 20, kind: 'OFFLINE' });
    // 40 hours in all but only 5 on site: 5 more on site are needed.
    await add(kindShort.lawyer.id, { hours: 5 });
    await add(kindShort.lawyer.id, { title: '二', hours: 24, kind: 'ONLINE' });
    await add(kindShort.lawyer.id, { title: '三', hours: 11, kind: 'ONLINE' });
    await add(behind.lawyer.id, { hours: 1 });

    const all = (
      await officer.get(
        `/api/admin/training/compliance?year=${YEAR}&organisationId=${firm.organisation.id}`,
      )
    ).json<CompliancePage>();
    expect(all.counts).toEqual({ lawyers: 3, compliant: 1, behind: 2, share: 1 / 3 });
    expect(all.items.map((r) => [r.name, r.remaining, r.compliant])).toEqual([
      [behind.lawyer.name, 39, false],
      [kindShort.lawyer.name, 5, false],
      [done.lawyer.name, 0, true],
    ]);
    const behindOnly = (
      await officer.get(
        `/api/admin/training/compliance?year=${YEAR}&organisationId=${firm.organisation.id}&status=behind`,
      )
    ).json<CompliancePage>();
    expect([behindOnly.total, behindOnly.counts.lawyers]).toEqual([2, 3]);
    const search = (
      await officer.get(`/api/admin/training/compliance?year=${YEAR}&q=${done.lawyer.licenceNo}`)
    ).json<CompliancePage>();
    expect(search.items.map((r) => r.lawyerId)).toEqual([done.lawyer.id]);

    const orgs = (
      await officer.get(
        `/api/admin/training/compliance/organisations?year=${YEAR}&q=${encodeURIComponent(firm.organisation.name)}`,
      )
    ).json<OrganisationCompliancePage>();
    expect(orgs.items).toEqual([
      {
        organisationId: firm.organisation.id,
        name: firm.organisation.name,
        lawyers: 3,
        compliant: 1,
        behind: 2,
        share: 1 / 3,
        hours: 81,
      },
    ]);

    const xlsx = await officer.get(
      `/api/admin/training/compliance.xlsx?year=${YEAR}&organisationId=${firm.organisation.id}`,
    );
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('还需');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(1).value).toBe(behind.lawyer.name);
  });

  it('requirements: refused on their fields, replaced as a whole', async () => {
    const bad = await officer.put(`/api/admin/training/requirements/2031`, {
      items: [
        { category: 'FULL_TIME', totalHours: 10, minimums: { ONSITE: 8, ONLINE: 4 } },
        { category: 'FULL_TIME', totalHours: 0.3, minimums: {} },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fieldErrors).toEqual({
      'items.0.minimums': '各类最低学时之和不能超过年度学时要求',
      'items.1.totalHours': '年度学时要求应以 0.5 学时为单位',
      'items.1.category': '专职律师重复',
    });
    expect(await t.prisma.trainingRequirement.count({ where: { year: 2031 } })).toBe(0);
    await officer.put(`/api/admin/training/requirements/2031`, {
      items: [{ category: 'FULL_TIME', totalHours: 36, minimums: {} }],
    });
    const [one, two] = (await Promise.all(
      [24, 30].map((h) =>
        officer.put(`/api/admin/training/requirements/2031`, {
          items: [{ category: 'PART_TIME', totalHours: h, minimums: {} }],
        }),
      ),
    )) as [TestClientResponse, TestClientResponse];
    expect([one.statusCode, two.statusCode]).toEqual([200, 200]);
    const list = await officer.get('/api/admin/training/requirements?year=2031');
    expect(list.json().items.map((i: { category: string }) => i.category)).toEqual(['PART_TIME']);
  });
});

/** GB18030 bytes for the test's text, as Excel in China writes a CSV (Node has no encoder). */
class TextEncoderGb {
  encode(text: string): Uint8Array {
    const decoder = new TextDecoder('gb18030');
    const out: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) {
        out.push(ch.charCodeAt(0));
        continue;
      }
      // Search the two-byte GBK range for the character (slow, but the test text is short).
      let found = false;
      for (let hi = 0x81; hi <= 0xfe && !found; hi++)
        for (let lo = 0x40; lo <= 0xfe && !found; lo++) {
          if (lo === 0x7f) continue;
          if (decoder.decode(new Uint8Array([hi, lo])) === ch) {
            out.push(hi, lo);
            found = true;
          }
        }
      if (!found) throw new Error(`no GBK code for ${ch}`);
    }
    return new Uint8Array(out);
  }
}
