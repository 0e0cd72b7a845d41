import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_LAWYERS } from '@lx/api/db/demo-data';
import { formatDate } from '@lx/shared/dates';
import { TRAINING_IMPORT_COLUMNS as C } from '@lx/shared/training-schemas';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';

// 学时导入 (issue 14): a sheet from another organiser is checked row by row, its valid rows imported
// as one batch; the same file again imports nothing new; the batch is reversed with a reason.
// The rows name two demo lawyers (no sign-in); the staff account is used by no other flow.

function lawyer(name: string) {
  const found = DEMO_LAWYERS.find((l) => l.name === name);
  if (!found?.licenceNo) throw new Error(`no practising demo lawyer ${name}`);
  return { name: found.name, licenceNo: found.licenceNo };
}

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** 选择文件, as a person does: the button opens the file dialog. */
async function chooseFile(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles(file);
}

test('staff import training hours from a CSV: row errors, the valid rows, the same file again, 冲销', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const staff = E2E_STAFF.trainingImporter;
  // Rows name lawyers whose hours no other flow checks (邓立新's ledger flow reads its own totals).
  const deng = lawyer('邓立新');
  const zeng = lawyer('曾晓雯');
  expect([deng.licenceNo, zeng.licenceNo]).toEqual(['14419202012110026', '14419202019010023']);
  // Yesterday: a training day in the past, as the rule asks.
  const day = formatDate(new Date(Date.now() - 24 * 3600_000));
  const header = [C.licenceNo, C.memberNo, C.name, C.date, C.title, C.organiser, C.kind, C.hours];
  const rows = [
    [
      deng.licenceNo,
      '',
      deng.name,
      day,
      '律师执业风险防范专题讲座',
      '东江市律师协会',
      '现场培训',
      '3',
    ],
    [
      zeng.licenceNo,
      '',
      zeng.name,
      day,
      '民法典合同编司法解释解读',
      '华粤法学院',
      '网络课程',
      '2.5',
    ],
    // Row 4: a name that is not the licence's lawyer; row 5: more hours than a day has.
    [deng.licenceNo, '', '邓新立', day, '律师文书写作实务', '东江市律师协会', '线下培训', '2'],
    [zeng.licenceNo, '', zeng.name, day, '涉外商事仲裁实务', '东江市律师协会', '线下培训', '25'],
  ];
  const filename = 'training-import-e2e.csv';
  const file = test.info().outputPath(filename);
  writeFileSync(file, `${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8');

  await signIn(page, '/admin/login', staff.login, staff.password);
  await changeInitialPassword(page, staff.password, 'E2E-Training-2026');
  await page.getByRole('menuitem', { name: '培训管理' }).click();
  await page.getByRole('menuitem', { name: '学时导入' }).click();
  await expect(page.getByRole('heading', { name: '学时导入' })).toBeVisible();
  const rules = page.getByRole('region', { name: '导入规则' });
  await expect(rules).toContainText(`${C.licenceNo}或${C.memberNo}`);
  await expect(rules).toContainText('现场培训、线下培训、网络课程之一');
  const importer = page.getByRole('region', { name: '导入学时' });
  // The template: an .xlsx with the header row the check expects.
  const template = page.waitForEvent('download');
  await importer.getByRole('link', { name: '下载导入模板' }).click();
  expect((await template).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(importer.getByRole('button', { name: '检查文件' })).toBeDisabled();

  // 检查文件: the counts, and each bad row with its number as the spreadsheet shows it.
  await chooseFile(page, file);
  await expect(importer).toContainText(`已选择：${filename}`);
  await importer.getByRole('button', { name: '检查文件' }).click();
  await expect(importer.getByRole('status')).toContainText(
    '共 4 行，可导入 2 行，已导入过 0 行（将跳过），错误 2 行',
  );
  const errors = importer.getByRole('table', { name: /错误明细/ });
  const errorRow = (n: string) =>
    errors.getByRole('row').filter({ has: page.getByRole('cell', { name: n, exact: true }) });
  await expect(errorRow('4')).toContainText('姓名');
  await expect(errorRow('4')).toContainText('姓名与执业证号不符');
  await expect(errorRow('5')).toContainText('学时');
  await expect(errorRow('5')).toContainText('24');
  await expect(errorRow('2')).toHaveCount(0);
  await expect(errorRow('3')).toHaveCount(0);

  // 导入 the two valid rows: one batch, at the top of the list.
  await importer.getByRole('button', { name: '导入 2 行有效数据' }).click();
  await expect(importer.getByRole('status')).toContainText(/已导入 2 条（批次 [0-9a-f-]+）/);
  await expect(importer.getByRole('status')).toContainText('2 行有错误，未导入');
  const batches = page.getByRole('table', { name: /导入批次/ });
  const batch = batches.getByRole('row').filter({ hasText: filename });
  await expect(batch).toHaveCount(1);
  await expect(batch).toContainText(staff.name);
  await expect(batch).toContainText('5.5');
  await expect(batch).toContainText('有效');

  // The same file again: its valid rows are already in the ledger, nothing new to import.
  await chooseFile(page, file);
  await importer.getByRole('button', { name: '检查文件' }).click();
  await expect(importer.getByRole('status')).toContainText(
    '共 4 行，可导入 0 行，已导入过 2 行（将跳过），错误 2 行',
  );
  await expect(importer.getByRole('button', { name: '导入 0 行有效数据' })).toBeDisabled();

  // On a phone: the page fits the screen; the tables scroll inside their own boxes.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(errors).toBeVisible();
  await expectNoOverflow(page);
  await page.screenshot({
    path: test.info().outputPath('training-import-phone.png'),
    fullPage: true,
  });
  await page.setViewportSize({ width: 1366, height: 900 });

  // 冲销 the batch: a reason is required; the batch stays listed as 已冲销.
  await batch.getByRole('button', { name: /^冲销/ }).click();
  const dialog = page.getByRole('dialog', { name: '冲销导入批次' });
  await expect(dialog).toContainText(`“${filename}”导入的 2 条记录（共 5.5 学时）`);
  await dialog.getByRole('button', { name: '确认冲销' }).click();
  await expect(dialog.getByText('请填写冲销原因')).toBeVisible();
  await dialog.getByLabel('冲销原因').fill('主办方名单有误，核实后重新导入。');
  await dialog.getByRole('button', { name: '确认冲销' }).click();
  await expect(dialog).toBeHidden();
  await expect(batch).toContainText('已冲销');
  await expect(batch).toContainText('主办方名单有误');
  await expect(batch.getByRole('button', { name: /^冲销/ })).toHaveCount(0);
});
