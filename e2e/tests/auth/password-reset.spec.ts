import { expect, test } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { E2E_STAFF } from '../../support/e2e-staff.ts';

// 忘记密码: the code goes to the registered mobile through the SMS outbox, which staff can read.
test('a lawyer resets a forgotten password with the SMS code that the outbox shows to staff', async ({
  browser,
}) => {
  const lawyer = demoLawyer(5);
  const member = await browser.newPage();
  await member.goto('/login');
  // A full-width question mark, as Chinese text writes it (issue 19).
  await member.getByRole('link', { name: '忘记密码？', exact: true }).click();
  // The sign-in form has a 账号 field too: fill this page's once it is shown.
  await expect(member.getByRole('heading', { name: '找回密码', level: 1 })).toBeVisible();
  await member.getByLabel('账号').fill(lawyer.memberNo);
  await member.getByRole('button', { name: '获取验证码' }).click();
  await expect(member.getByLabel('验证码')).toBeVisible();

  // Staff read the code in 短信发件箱 (the built-in SMS provider keeps messages there).
  const staff = await browser.newPage();
  const reader = E2E_STAFF.smsReader;
  await signIn(staff, '/admin/login', reader.login, reader.password);
  await changeInitialPassword(staff, reader.password, 'Reader-Pass-2026');
  await staff.getByRole('menuitem', { name: '短信发件箱' }).click();
  const row = staff.getByRole('row').filter({ hasText: '重置密码' }).first();
  await expect(row).toContainText('已发送');
  const code = /验证码 (\d{6})/.exec((await row.textContent()) ?? '')![1]!;

  await member.getByLabel('验证码').fill(code === '000000' ? '111111' : '000000');
  await member.getByLabel('新密码', { exact: true }).fill('Reset-Pass-2026');
  await member.getByLabel('确认密码').fill('Reset-Pass-2026');
  await member.getByRole('button', { name: '重置密码' }).click();
  await expect(member.getByText('验证码不正确')).toBeVisible();
  await member.getByLabel('验证码').fill(code);
  await member.getByRole('button', { name: '重置密码' }).click();
  await expect(member.getByText('密码已重置，请使用新密码登录')).toBeVisible();

  await signIn(member, '/login', lawyer.login, 'Reset-Pass-2026');
  await expect(member).toHaveURL(/\/$/);
});
