import { expect, test } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';

test('staff write and publish an announcement; members see it on their home page; the audit log records it', async ({
  browser,
}) => {
  // Two first sign-ins (argon2 and a password change each) and three pages: 60 s was seen run
  // out on a loaded 2-core machine with every step passing.
  test.setTimeout(120_000);
  const staff = await browser.newPage();
  const publisher = E2E_STAFF.publisher;
  await signIn(staff, '/admin/login', publisher.login, publisher.password);
  await changeInitialPassword(staff, publisher.password, 'Publisher-2026');
  await staff.getByRole('menuitem', { name: '通知公告' }).click();
  await staff.getByRole('button', { name: '新建公告' }).click();
  const dialog = staff.getByRole('dialog', { name: '新建公告' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请填写标题')).toBeVisible();
  await dialog.getByLabel('标题').fill('关于举办 2026 年青年律师执业技能培训的通知');
  await dialog.getByLabel('正文').fill('培训时间：12 月 12 日 9:00。\n地点：协会培训中心。');
  await dialog.getByRole('button', { name: '保存' }).click();
  const row = staff.getByRole('row').filter({ hasText: '青年律师执业技能培训' });
  await expect(row).toContainText('草稿');
  await row.getByRole('button', { name: '发布' }).click();
  await staff.getByRole('tooltip').getByRole('button', { name: '发布' }).click();
  await expect(row).toContainText('已发布');

  const member = await browser.newPage();
  const lawyer = demoLawyer(6);
  await signIn(member, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(member, lawyer.password, 'Member-Pass-2026');
  await member.getByText('关于举办 2026 年青年律师执业技能培训的通知').first().click();
  await expect(member.getByText('地点：协会培训中心。')).toBeVisible();

  await staff.getByRole('menuitem', { name: '审计日志' }).click();
  await expect(staff.getByRole('row').filter({ hasText: '发布公告' }).first()).toBeVisible();
  // the filter bar: a filter that matches nothing empties the list; 重置 brings it back
  await staff
    .getByRole('textbox', { name: '对象编号' })
    .fill('00000000-0000-0000-0000-000000000000');
  await staff.getByRole('button', { name: '查询' }).click();
  await expect(staff.getByRole('row').filter({ hasText: '发布公告' })).toHaveCount(0);
  await staff.getByRole('button', { name: '重置' }).click();
  await expect(staff.getByRole('textbox', { name: '对象编号' })).toHaveValue('');
  await expect(staff.getByRole('row').filter({ hasText: '发布公告' }).first()).toBeVisible();
});
