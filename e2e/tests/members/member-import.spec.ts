import { writeFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { computeIdCheckChar } from '@lx/shared/id-number';
import { MEMBER_IMPORT_COLUMNS as C } from '@lx/shared/member-import';
import type { CreatedOrganisation } from '@lx/shared/member-schemas';
import { csrfHeaders } from '../../support/api-session.ts';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';

// 会员导入 (issue 15): the 会员管理员 checks a register sheet (row errors, nothing written), imports
// its valid row, finds the lawyer in 会员查询, and the lawyer signs in with the initial password
// and must change it. The firm is made by the flow (新建机构), so no demo roster changes.

const run = String(Date.now()).slice(-8);
const licence = (prefix: string) => `${prefix}${run}`.padEnd(17, '7').slice(0, 17);
const idNumber = (day = '02') => {
  const first17 = `441900198802${day}${run.slice(-3)}`;
  return first17 + computeIdCheckChar(first17);
};

async function ok<T>(res: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()) as T;
}

async function chooseFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles(file);
}

test('会员导入: the check lists row errors, the valid row is imported, the lawyer signs in', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const staff = E2E_STAFF.memberImporter;
  await signIn(page, '/admin/login', staff.login, staff.password);
  await changeInitialPassword(page, staff.password, 'E2E-Import-2026');
  await expect(page.getByRole('menuitem', { name: '会员管理' })).toBeVisible();

  // The firm the sheet names, made through 新建机构's API with the staff member's session.
  const firmName = `测试导入律师事务所${run}`;
  const firmLicence = licence('293');
  await ok<CreatedOrganisation>(
    await page.request.post('/api/admin/organisations', {
      headers: await csrfHeaders(page.request),
      data: { kind: 'LAW_FIRM', name: firmName, licenceNo: firmLicence, headName: '测试主任' },
    }),
  );

  const idNo = idNumber();
  const lawyerLicence = licence('194');
  const header = Object.values(C);
  const rows = [
    ['测试导入律师', '女', idNo, lawyerLicence, '专职律师', firmName, '', '律师', '13800138099'],
    // Row 3: a gender the column does not know; the rest is fine.
    ['测试错误律师', '男性', idNumber('03'), licence('195'), '专职律师', firmName, '', '', ''],
  ];
  const filename = 'member-import-e2e.csv';
  const file = test.info().outputPath(filename);
  writeFileSync(file, `${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8');

  await page.getByRole('menuitem', { name: '会员管理' }).click();
  await page.getByRole('menuitem', { name: '会员导入' }).click();
  await expect(page.getByRole('heading', { name: '会员导入', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: '导入规则' })).toContainText(
    '专职律师、兼职律师、公司律师、公职律师、法律援助律师、实习人员之一',
  );
  const importer = page.getByRole('region', { name: '导入会员' });
  const template = page.waitForEvent('download');
  await importer.getByRole('link', { name: '下载导入模板' }).click();
  expect((await template).suggestedFilename()).toBe('会员导入模板.xlsx');

  await chooseFile(page, file);
  await importer.getByRole('button', { name: '检查文件' }).click();
  await expect(importer.getByRole('status')).toContainText(
    '共 2 行，可导入 1 行，已导入过 0 行（将跳过），错误 1 行',
  );
  const errors = importer.getByRole('table', { name: /错误明细/ });
  const row3 = errors
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: '3', exact: true }) });
  await expect(row3).toContainText('性别应为男、女之一');
  await expect(row3.getByRole('cell', { name: '性别', exact: true })).toBeVisible();

  await importer.getByRole('button', { name: '导入 1 行有效数据' }).click();
  await expect(importer.getByRole('status')).toContainText(/已导入 1 条/);
  await expect(importer.getByRole('status')).toContainText('1 行有错误，未导入');

  // 会员查询 finds the lawyer, with the firm and a 会员编号 of the LS series.
  await page.getByRole('menuitem', { name: '会员查询' }).click();
  await page.getByLabel('查找').fill(lawyerLicence);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  const found = page.getByRole('row').filter({ hasText: '测试导入律师' });
  await expect(found).toContainText(firmName);
  await expect(found).toContainText(/LS\d{6}/);

  // The lawyer signs in with the licence number and the last 6 characters of the ID number,
  // and is asked to change the password first.
  const context = await browser.newContext();
  const lawyerPage = await context.newPage();
  await signIn(lawyerPage, '/login', lawyerLicence, idNo.slice(-6).toLowerCase());
  await changeInitialPassword(lawyerPage, idNo.slice(-6).toLowerCase(), 'E2E-Imported-2026');
  await expect(lawyerPage).toHaveURL(/\/$/);
  await expect(lawyerPage.getByText('测试导入律师').first()).toBeVisible();
  await context.close();
});
