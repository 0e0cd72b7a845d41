import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_IMPORT_COLUMNS } from '@lx/shared/member-import';
import type { ImportReport, ImportResult } from '@lx/shared/table-import';
import type { Roster } from '@lx/shared/roster-schemas';
import { INITIAL_RULE_HASH } from '../src/lib/passwords.ts';
import { makeLawyer, makeOrganisation, uniqueIdNumber } from './support/factories.ts';
import { signIn, signedInStaff } from './support/sign-in.ts';
import { formData } from './support/multipart.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// 会员导入 (issue 15): the dry run lists each row's problems and writes nothing; the import writes
// the valid rows in one transaction, and the imported lawyers sign in with the initial password.

let t: Started;
let staff: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  staff = (await signedInStaff(t, ['MEMBER_ADMIN'])).client;
});
afterAll(() => t.close());

const HEADER = Object.values(MEMBER_IMPORT_COLUMNS);
const csv = (rows: string[][]) =>
  Buffer.from([HEADER, ...rows].map((r) => r.join(',')).join('\r\n'), 'utf8');
const upload = (bytes: Buffer, filename = '会员.csv', type = 'text/csv') =>
  formData([{ name: 'file', filename, type, bytes }]);

let licence = 0;
/** A licence number nobody holds (17 digits, starting 19 so the factories never make it). */
const freshLicence = () =>
  `19${String(Date.now() % 1e9).padStart(9, '0')}${String(++licence).padStart(6, '0')}`;

type Res = Awaited<ReturnType<TestClient['get']>>;
const ok = <T>(res: Res, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json<T>();
};

/** A row of the sheet for a new lawyer of this firm; `over` replaces columns by name. */
function row(firm: { name: string; licenceNo: string | null }, over: Record<string, string> = {}) {
  const cells: Record<string, string> = {
    姓名: '林晓燕',
    性别: '女',
    身份证号: uniqueIdNumber(),
    执业证号: freshLicence(),
    执业类别: '专职律师',
    执业机构: firm.name,
    机构执业许可证号: firm.licenceNo ?? '',
    所内身份: '',
    手机号码: '13800138031',
    ...over,
  };
  return HEADER.map((h) => cells[h]!);
}

describe('会员导入', () => {
  it('the dry run reports every row’s problem with its column and writes nothing', async () => {
    const { organisation: firm } = await makeOrganisation(t.prisma);
    const { organisation: office } = await makeOrganisation(t.prisma, { kind: 'COMPANY_OFFICE' });
    const { organisation: closed } = await makeOrganisation(t.prisma);
    await t.prisma.organisation.update({ where: { id: closed.id }, data: { status: 'CLOSED' } });
    const onRecord = await makeLawyer(t.prisma, { organisationId: firm.id });
    await t.prisma.lawyer.update({
      where: { id: onRecord.lawyer.id },
      data: { organisationRole: 'HEAD' },
    });
    const twice = uniqueIdNumber();
    const badId = uniqueIdNumber().slice(0, 17) + 'Z';
    const rows = [
      row(firm), // 2: valid
      row(firm, { 身份证号: badId }), // 3
      row(firm, { 性别: '男性' }), // 4
      row(firm, { 执业类别: '' }), // 5
      row(firm, { 执业证号: '' }), // 6: a lawyer needs a licence
      row(firm, { 执业证号: '', 执业类别: '实习人员' }), // 7: a trainee does not
      row(firm, { 手机号码: '12345' }), // 8
      row(firm, { 执业机构: '', 机构执业许可证号: '' }), // 9
      row(firm, { 机构执业许可证号: '29999999999999999' }), // 10
      row(firm, { 执业机构: '别的律师事务所' }), // 11
      row(firm, { 执业类别: '公司律师' }), // 12
      row(office, { 执业类别: '公司律师' }), // 13: valid (office found by its unique name)
      row(closed), // 14
      row(firm, { 所内身份: '主任' }), // 15: the firm has a head
      row(firm, { 身份证号: onRecord.idNo }), // 16
      row(firm, { 执业证号: onRecord.login }), // 17
      row(firm, { 身份证号: twice }), // 18: valid
      row(firm, { 身份证号: twice }), // 19
      row(firm, { 所内身份: '股东' }), // 20
    ];
    const before = await t.prisma.lawyer.count();
    const report = ok<ImportReport>(
      await staff.request('POST', '/api/admin/member-imports/dry-run', upload(csv(rows))),
    );
    expect(report.errors).toEqual([
      { row: 3, column: '身份证号', message: expect.stringContaining('身份证号') },
      { row: 4, column: '性别', message: '性别应为男、女之一' },
      { row: 5, column: '执业类别', message: '请填写执业类别' },
      { row: 6, column: '执业证号', message: '请填写执业证号（实习人员可不填）' },
      { row: 8, column: '手机号码', message: '手机号码应为 11 位数字，以 1 开头' },
      { row: 9, column: '执业机构', message: '请填写执业机构或机构执业许可证号' },
      { row: 10, column: '机构执业许可证号', message: '机构执业许可证号 29999999999999999 不存在' },
      { row: 11, column: '执业机构', message: `与机构执业许可证号不符（系统中为 ${firm.name}）` },
      { row: 12, column: '执业类别', message: `${firm.name}不能添加公司律师` },
      { row: 14, column: '执业机构', message: `${closed.name}已注销，不能添加律师` },
      {
        row: 15,
        column: '所内身份',
        message: `${firm.name}已有负责人/主任（律师事务所只有一位）`,
      },
      {
        row: 16,
        column: '身份证号',
        message: `身份证号 ${onRecord.idNo} 已登记在系统中（${onRecord.lawyer.name}）`,
      },
      {
        row: 17,
        column: '执业证号',
        message: `执业证号 ${onRecord.login} 已登记在系统中（${onRecord.lawyer.name}）`,
      },
      { row: 19, column: '身份证号', message: '与第 18 行身份证号重复' },
      { row: 20, column: '所内身份', message: '所内身份应为负责人/主任、合伙人、律师之一' },
    ]);
    expect(report).toMatchObject({ rows: 19, valid: 4, alreadyImported: 0, moreErrors: 0 });
    expect(await t.prisma.lawyer.count()).toBe(before);
  });

  it('imports the valid rows at once: lawyers numbered in order, on the roster, signing in with the initial password', async () => {
    const {
      organisation: firm,
      login: firmLogin,
      password: firmPassword,
    } = await makeOrganisation(t.prisma, { mustChangePassword: false });
    const colleague = await makeLawyer(t.prisma, { organisationId: firm.id });
    const head = row(firm, { 姓名: '周正', 所内身份: '负责人', 机构执业许可证号: '' });
    const trainee = row(firm, { 姓名: '吴新', 执业证号: '', 执业类别: '实习人员' });
    const wrong = row(firm, { 性别: '' });
    const bytes = csv([head, trainee, wrong]);

    const result = ok<ImportResult>(
      await staff.request('POST', '/api/admin/member-imports', upload(bytes)),
      201,
    );
    expect(result).toMatchObject({ rows: 3, valid: 2, imported: 2, alreadyImported: 0 });
    expect(result.errors).toEqual([{ row: 4, column: '性别', message: '请填写性别' }]);

    const imported = await t.prisma.lawyer.findMany({
      where: { idNo: { in: [head[2]!, trainee[2]!] } },
      include: { account: true, profile: true },
      orderBy: { memberNo: 'asc' },
    });
    expect(imported.map((l) => [l.name, l.organisationRole, l.practiceCategory])).toEqual([
      ['周正', 'HEAD', 'FULL_TIME'],
      ['吴新', 'LAWYER', 'TRAINEE'],
    ]);
    const [n1, n2] = imported.map((l) => Number(l.memberNo.slice(2)));
    expect(imported[0]!.memberNo).toMatch(/^LS\d{6}$/);
    expect(n2).toBe(n1! + 1);
    expect(imported[0]!.authority).toBe(colleague.lawyer.authority);
    expect(imported[0]!.account).toMatchObject({
      kind: 'LAWYER',
      mustChangePassword: true,
      mobile: '13800138031',
      passwordHash: INITIAL_RULE_HASH,
    });
    expect(imported.every((l) => l.profile?.state === 'DRAFT')).toBe(true);

    // The firm's roster shows them; the audit log has the import.
    const firmClient = await signIn(t, { login: firmLogin, password: firmPassword });
    const roster = ok<Roster>(await firmClient.get('/api/organisation/lawyers'));
    expect(roster.lawyers.map((l) => l.name)).toEqual(expect.arrayContaining(['周正', '吴新']));
    const audit = await t.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'member.imported', entityId: result.batchId! },
    });
    expect(audit.after).toMatchObject({ lawyers: 2, rows: 3 });

    // The head signs in with the last 6 characters of the ID number, must change it, and the
    // change replaces the rule with a real hash; a wrong password is refused like any other.
    const login = head[3]!;
    const refused = await new TestClient(t.app).login(login, '000000');
    expect(refused.statusCode).toBe(401);
    const initial = head[2]!.slice(-6).toLowerCase();
    const client = await signIn(t, { login, password: initial });
    const me = ok<{ mustChangePassword: boolean }>(await client.get('/api/auth/me'));
    expect(me.mustChangePassword).toBe(true);
    const changed = await client.post('/api/auth/change-password', {
      oldPassword: initial,
      newPassword: 'Lawyer@2027new',
      confirmPassword: 'Lawyer@2027new',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const account = await t.prisma.account.findUniqueOrThrow({
      where: { id: imported[0]!.accountId! },
    });
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    await signIn(t, { login, password: 'Lawyer@2027new' });
    // The trainee signs in with the 会员编号.
    await signIn(t, {
      login: imported[1]!.memberNo,
      password: trainee[2]!.slice(-6).toLowerCase(),
    });

    // The same file again adds nothing: its rows are on record (skipped), the bad row still bad.
    const again = ok<ImportResult>(
      await staff.request('POST', '/api/admin/member-imports', upload(bytes)),
      201,
    );
    expect(again).toMatchObject({ valid: 0, imported: 0, alreadyImported: 2, batchId: null });
  });

  it('the same file sent twice at once adds its lawyers once; an .xlsx reads like a CSV', async () => {
    const { organisation: firm } = await makeOrganisation(t.prisma);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('会员');
    sheet.addRow(HEADER);
    const rows = Array.from({ length: 30 }, (_, i) => row(firm, { 姓名: `导入${i}` }));
    for (const r of rows) sheet.addRow(r);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const results = await Promise.all(
      [0, 1].map(() =>
        staff.request('POST', '/api/admin/member-imports', upload(bytes, '会员.xlsx', xlsx)),
      ),
    );
    const done = results.map((r) => ok<ImportResult>(r, 201));
    expect(done.map((d) => d.imported).sort()).toEqual([0, 30]);
    expect(await t.prisma.lawyer.count({ where: { organisationId: firm.id } })).toBe(30);
    const numbers = await t.prisma.lawyer.findMany({
      where: { organisationId: firm.id },
      select: { memberNo: true },
    });
    expect(new Set(numbers.map((n) => n.memberNo)).size).toBe(30);
  });

  it('the template has the columns the import reads; other staff may not import', async () => {
    const res = await staff.get('/api/admin/member-imports/template.xlsx');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = (workbook.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(HEADER);
    const support = (await signedInStaff(t, ['SUPPORT_AGENT'])).client;
    const { organisation: firm } = await makeOrganisation(t.prisma);
    const refused = await support.request(
      'POST',
      '/api/admin/member-imports',
      upload(csv([row(firm)])),
    );
    expect(refused.statusCode).toBe(403);
  });
});
