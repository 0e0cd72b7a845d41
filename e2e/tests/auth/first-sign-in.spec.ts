import { expect, test } from '@playwright/test';
import { changeInitialPassword, signIn, signOut } from '../../support/auth-steps.ts';
import { demoLawyer, demoOrganisation, demoStaff } from '../../support/demo-accounts.ts';

// SPEC §1: the initial password is guessable, so the first sign-in forces a change before anything else.

test('a lawyer signs in with the initial password, must change it, lands home, signs out and back in', async ({
  page,
}) => {
  const lawyer = demoLawyer(1);
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await expect(page).toHaveURL(/\/change-password/);
  // every other page leads back to the forced change
  await page.goto('/account');
  await expect(page).toHaveURL(/\/change-password/);

  // a weak password is refused on its field, in Chinese
  await page.getByLabel('旧密码').fill(lawyer.password);
  await page.getByLabel('新密码', { exact: true }).fill('12345678');
  await page.getByLabel('确认密码').fill('12345678');
  await page.getByRole('button', { name: '确认修改' }).click();
  await expect(page.getByText('新密码不能全为数字，请加入字母或符号')).toBeVisible();

  await page.getByLabel('新密码', { exact: true }).fill('Lawyer-2026');
  await page.getByLabel('确认密码').fill('Lawyer-2026');
  await page.getByRole('button', { name: '确认修改' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(
    page.getByText('关于开展 2026 年度律师执业信息采集工作的通知').first(),
  ).toBeVisible();
  await expect(page.getByText(lawyer.name).first()).toBeVisible();

  await signOut(page, lawyer.name);
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await expect(page.getByText('账号或密码错误', { exact: false })).toBeVisible();
  await signIn(page, '/login', lawyer.memberNo, 'Lawyer-2026');
  await expect(page).toHaveURL(/\/$/);
});

test('a law firm signs in with its licence number, changes the password, and reaches its home page', async ({
  page,
}) => {
  const firm = demoOrganisation(1);
  await signIn(page, '/login', firm.login, firm.password);
  await changeInitialPassword(page, firm.password, 'Firm-Pass-2026');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(firm.name).first()).toBeVisible();
  await signOut(page, firm.name);
  await signIn(page, '/login', firm.login, 'Firm-Pass-2026');
  await expect(page).toHaveURL(/\/$/);
});

test('a staff member signs in to the admin console, changes the password, signs out and back in', async ({
  page,
}) => {
  const staff = demoStaff('support.agent');
  await signIn(page, '/admin/login', staff.login, staff.password);
  await changeInitialPassword(page, staff.password, 'Support-2026');
  await expect(page).toHaveURL(/\/admin\/?$/);
  await expect(page.getByRole('menuitem', { name: '短信发件箱' })).toBeVisible();
  // a support agent has no staff management
  await expect(page.getByRole('menuitem', { name: '工作人员' })).toHaveCount(0);
  await signOut(page, staff.name);
  await expect(page).toHaveURL(/\/admin\/login/);
  await signIn(page, '/admin/login', staff.login, 'Support-2026');
  await expect(page).toHaveURL(/\/admin\/?$/);
});

test('a member account is refused at the admin console', async ({ page }) => {
  const lawyer = demoLawyer(2);
  await signIn(page, '/admin/login', lawyer.login, lawyer.password);
  await expect(page.getByText('该账号不是协会工作人员账号，请从会员登录页登录')).toBeVisible();
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a lawyer completes the first sign-in on a phone and uses the menu', async ({ page }) => {
    const lawyer = demoLawyer(3);
    await signIn(page, '/login', lawyer.login, lawyer.password);
    await changeInitialPassword(page, lawyer.password, 'Phone-Pass-2026');
    await expect(page).toHaveURL(/\/$/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    await page.getByRole('menuitem', { name: '账户设置' }).click();
    await expect(page).toHaveURL(/\/account/);
    await page.getByLabel('邮政编码').fill('5230');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect(page.getByText('邮政编码应为 6 位数字')).toBeVisible();
    await page.getByLabel('邮政编码').fill('523000');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect(page.getByText('保存成功')).toBeVisible();
    // 消息提醒: 工单回复 no longer by SMS; in-app notices cannot be turned off.
    const ticketSms = page.getByRole('checkbox', { name: '工单回复 短信' });
    await expect(ticketSms).toBeChecked();
    await ticketSms.uncheck();
    await page.getByRole('button', { name: '保存消息提醒' }).click();
    await expect(page.getByText('消息提醒已保存')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: '工单回复 短信' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: '工单回复 邮件' })).toBeChecked();
    await expect(page.getByText('站内通知始终开启', { exact: false })).toBeVisible();
    await page.screenshot({ path: '.artifacts/phone-account.png', fullPage: true });
  });
});
