import { expect, test, type Page } from '@playwright/test';
import { changeInitialPassword, signIn } from '../../support/auth-steps.ts';
import { demoLawyer } from '../../support/demo-accounts.ts';
import { uploadCroppedPhoto } from '../../support/profile-steps.ts';

const lawyer = demoLawyer(10);

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('on a phone, a lawyer applies for a first card and cancels it while it is pending', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, '/login', lawyer.login, lawyer.password);
  await changeInitialPassword(page, lawyer.password, 'E2E-Phone-Cards-2026');
  await page.getByRole('button', { name: '打开导航菜单' }).click();
  await page.getByRole('link', { name: '会员卡', exact: true }).click();
  await expect(page.getByRole('heading', { name: '申请会员卡' })).toBeVisible();
  await expect(page.getByText('暂无会员卡申请')).toBeVisible();
  await expectNoOverflow(page);
  await page.getByRole('button', { name: '首次申请会员卡' }).click();

  await expect(page.getByText(lawyer.idNo)).toBeVisible();
  await expectNoOverflow(page);
  await page.screenshot({ path: '.artifacts/card-wizard-phone-1.png', fullPage: true });
  await page.getByRole('button', { name: '下一步' }).click();
  await uploadCroppedPhoto(page);
  await expectNoOverflow(page);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('checkbox', { name: '以上信息确认无误' }).check();
  await expectNoOverflow(page);
  await page.screenshot({ path: '.artifacts/card-wizard-phone-3.png', fullPage: true });
  await page.getByRole('button', { name: '申请会员卡' }).click();
  await expect(page.getByText('已提交成功')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^会员卡申请 KS\d{6}/ })).toBeVisible();
  await expectNoOverflow(page);

  // Back on the list (cards, not a table, on a phone): 撤消 while it is still pending.
  await page.getByRole('link', { name: '返回申请会员卡' }).click();
  const list = page.getByRole('list', { name: '会员卡申请列表' });
  await expect(list).toContainText('待审核');
  await expect(page.getByRole('button', { name: '首次申请会员卡' })).toBeDisabled();
  await list.getByRole('button', { name: '撤消', exact: true }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(list).toContainText('已撤消');
  await expect(page.getByRole('button', { name: '首次申请会员卡' })).toBeEnabled();
  await page.screenshot({ path: '.artifacts/card-list-phone.png', fullPage: true });
  await expectNoOverflow(page);

  await page.getByRole('link', { name: '会员卡管理' }).click();
  await expect(page.getByText('暂无会员卡')).toBeVisible();
  await expectNoOverflow(page);
});
