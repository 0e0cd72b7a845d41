import { expect, test } from '@playwright/test';
import { firstSignInThroughApi } from '../../support/api-session.ts';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';
import { addLawyer, idNumberOf, newFirm, uniqueLicence } from '../../support/new-members.ts';

// Issue 19: Enter typed in a date field of a list dialog (工作经历) saved the half-filled entry and
// closed the dialog. Enter does not submit it; 保存 does. And a firm's 账户设置 speaks of the
// organisation (机构名称, 联系邮箱), not of a person (真实姓名, 个人邮箱, 个人照片).

const run = String(Date.now()).slice(-8);

test('Enter in a list dialog does not save a half-filled entry; a firm’s settings speak of it', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const staffHeaders = await firstSignInThroughApi(
    request,
    E2E_STAFF.enterKeyFirmMaker,
    'E2E-Enter-Admin-2026',
    'admin',
  );
  const firm = await newFirm(browser, request, staffHeaders, {
    name: `测试回车律师事务所${run}`,
    licenceNo: uniqueLicence('581', run),
  });
  const lawyer = await addLawyer(firm, {
    name: '测试回车律师',
    idNo: idNumberOf('19870707', run.slice(-3)),
    licenceNo: uniqueLicence('582', run),
  });

  // The firm's 账户设置.
  const firmPage = await firm.context.newPage();
  await firmPage.goto('/account');
  // The first page of a fresh browser is slow to arrive on a loaded machine.
  await expect(firmPage.getByLabel('机构名称')).toHaveValue(`测试回车律师事务所${run}`, {
    timeout: 30_000,
  });
  await expect(firmPage.getByLabel('联系邮箱')).toBeVisible();
  await expect(firmPage.getByText('机构标识', { exact: true })).toBeVisible();
  for (const personal of ['真实姓名', '个人邮箱', '个人照片']) {
    await expect(firmPage.getByText(personal)).toHaveCount(0);
  }
  await firm.context.close();

  // The lawyer adds a job and presses Enter in 开始日期.
  await signIn(page, '/login', lawyer.login, lawyer.initialPassword);
  await changeInitialPassword(page, lawyer.initialPassword, 'E2E-Enter-Lawyer-2026');
  await expect(page.getByRole('navigation', { name: '主导航' }).first()).toBeVisible();
  await page.goto('/profile/sections/work');
  await page.getByRole('button', { name: '新增' }).click({ timeout: 30_000 });
  const dialog = page.getByRole('dialog', { name: '新增工作经历' });
  await dialog.getByLabel('工作单位').fill('东江市测试律师事务所');
  await dialog.getByLabel('开始日期').fill('2015-03-01');
  await dialog.getByLabel('开始日期').press('Enter');
  // Still open, nothing saved: the rest can be filled in.
  await expect(dialog).toBeVisible();
  await expect(page.getByText('保存成功')).toHaveCount(0);
  await dialog.getByLabel('工作职务').fill('律师');
  await dialog.getByLabel('工作职务').press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('东江市测试律师事务所').first()).toBeVisible();
});
