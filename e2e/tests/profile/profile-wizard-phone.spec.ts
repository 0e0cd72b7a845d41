import { expect, test } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { completeBasicInformation } from '../../support/profile-steps.ts';

const lawyer = demoLawyer(8);

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone, a lawyer goes through the six steps of 基本信息, photo crop included', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(page, lawyer.password, 'E2E-Phone-2026');
  await page.getByRole('button', { name: '打开导航菜单' }).click();
  await page.getByRole('link', { name: '个人档案' }).click();
  await page.getByRole('link', { name: '我要补全：基本信息' }).click();
  // Scoped to the page: the closing menu drawer also shows the signed-in name for a moment.
  await expect(page.getByRole('main').getByText(lawyer.name, { exact: true })).toBeVisible();
  await completeBasicInformation(page, '13800138008', lawyer.idNo);
  const basic = page.getByRole('listitem').filter({ hasText: '基本信息' });
  await expect(basic.getByText('已填写')).toBeVisible();
  // Nothing on the page is wider than the phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: '.artifacts/profile-phone.png', fullPage: true });
});
